# a few sys attributes
import sys
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.maxsize, sys.byteorder)
print(sys.argv[0].endswith('sys_basics.py'), len(sys.argv), type(sys.path).__name__, sys.path[0].endswith('c') or sys.path[0])
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__)
print(sys.getrecursionlimit(), type(sys.stdout).__name__ if False else 'stdout', sys.stdout.write('written\n'))
print(sys.float_info.epsilon, sys.hash_info.modulus, sys.hash_info.width, sys.int_info.sizeof_digit in (2, 4))
print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode, sys.flags.hash_randomization)
print(sys.platform.startswith('linux'), type(sys.implementation.name).__name__, sys.exc_info())
print(callable(sys.exit), callable(sys.intern), sys.intern('abc') == 'abc', sys.getdefaultencoding())
