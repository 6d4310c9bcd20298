# an exception raised while a module is being imported
import sys
print('importing')
try:
    import broken
except ZeroDivisionError as e:
    print('caught', e, 'broken' in sys.modules)
import broken
