# the whole script fails to compile: nothing is printed
print('this line never runs')
def broken(:
    pass
