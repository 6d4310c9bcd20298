# an uncaught exception at module level exits with status 1
print('before')
int('not a number')
print('never printed')
