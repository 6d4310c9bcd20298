"""script doc"""
import sys
answer = 42
print('  [script] argv0', sys.argv[0].replace(sys.path[0], '$'), 'module entry:',
      type(sys.modules[__name__]).__name__, globals().get('given'))
