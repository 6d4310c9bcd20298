# padding rules: odd padding, wide fill characters, width smaller than length
for w in range(0, 8):
    print(w, repr('ab'.center(w, '*')), repr('abc'.center(w, '*')), repr('a'.ljust(w, '.')), repr('a'.rjust(w, '.')))
print(repr('x'.center(4, 'é')), repr('日'.center(3, '-')), repr('ab'.zfill(5)), repr('-'.zfill(3)))
print(f'[{"ab":^5}]', f'[{"ab":^6}]', f'[{"abc":^6}]', '[{:^5}]'.format('abcd'))
