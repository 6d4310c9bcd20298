# attributes of specific exception types
try:
    {}['missing']
except KeyError as e:
    print(e.args)
try:
    import no_such_mod_kaa_x
except ImportError as e:
    print(e.name, e.path, e.msg)
try:
    raise StopIteration('value')
except StopIteration as e:
    print(e.value, e.args)
print(StopIteration().value)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, 'No such file or directory', 'name.txt')
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(OSError('plain').errno)
try:
    open('does-not-exist-kaa.txt')
except FileNotFoundError as e:
    print(e.errno, e.filename, str(e))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
try:
    None.attr
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_var_q
except NameError as e:
    print(e.name)
