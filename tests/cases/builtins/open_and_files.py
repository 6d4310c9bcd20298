# basic file I/O in the working directory
with open('data.txt', 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'), f.closed)
print(f.closed, f.name, f.mode)
with open('data.txt') as f:
    print(repr(f.read()))
with open('data.txt') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open('data.txt') as f:
    print([line.rstrip() for line in f])
with open('data.txt', 'a') as f:
    f.write('appended\n')
with open('data.txt', 'rb') as f:
    print(f.read())
with open('data.txt', 'r+') as f:
    f.seek(5)
    print(f.read(3), f.tell())
with open('bin.dat', 'wb') as f:
    f.write(bytes(range(5)))
print(open('bin.dat', 'rb').read())
try:
    open('missing-file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open('data.txt', 'zz')
except ValueError as e:
    print(e)
f = open('data.txt')
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
