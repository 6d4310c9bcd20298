import sys
import helper
print('  [app] argv0', sys.argv[0], 'path0', sys.path[0], 'name', __name__,
      sys.modules[__name__].__dict__ is globals())
helper_value = helper.value
