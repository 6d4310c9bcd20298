"""plain's docstring"""
import sys
x = 40 + 2
seen = globals().get('seen', 'unset')
print('  [plain runs as', __name__, 'argv0 is file:', sys.argv[0] == __file__, ']')
