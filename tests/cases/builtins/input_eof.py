# input() with stdin closed raises EOFError
try:
    v = input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
import sys
print(sys.stdin.read() == '')
