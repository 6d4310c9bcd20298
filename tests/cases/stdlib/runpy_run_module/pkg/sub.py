sub = True
if __name__ == '__main__':
    print('  [pkg.sub sees __main__]')
