import sys
print('  [tool] argv0', sys.argv[0].rsplit('/', 2)[-2:], __name__ in sys.modules, preset)
