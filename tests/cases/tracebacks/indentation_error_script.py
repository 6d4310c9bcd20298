print('never runs')
if True:
print('not indented')
