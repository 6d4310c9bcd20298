# an uncaught ExceptionGroup prints its sub-exceptions in a tree
print('raising group')
raise ExceptionGroup('several problems', [ValueError('bad value'), TypeError('bad type')])
