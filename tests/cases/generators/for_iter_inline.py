# Generators consumed by `for` loops: suspension, exceptions in and out,
# handled-exception state across yields, gi_running, re-entrancy, and
# tracebacks through the generator frame.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print([x for x in count(4)])
total = 0
for a in count(3):
    for b in count(a):
        total += a * b
print("nested", total)

# Break out, then keep consuming the same generator.
g = count(6)
for x in g:
    if x == 2:
        break
print("after break", next(g), list(g))
print("exhausted", list(g))


# gi_running while the loop drives it.
def running():
    g = running.g
    yield g.gi_running
    yield g.gi_running


running.g = running()
print("gi_running", list(running.g))


# Re-entering a running generator.
def selfish():
    yield next(selfish.g)


selfish.g = selfish()
try:
    for _ in selfish.g:
        pass
except ValueError as e:
    print("ValueError:", e)


# StopIteration raised inside becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("oops")


try:
    for v in leaky():
        print("leaky", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# An exception escaping the generator reaches the loop's handler.
def bad(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


try:
    for v in bad(5):
        print("bad", v)
except KeyError as e:
    print("KeyError", e)


# A generator suspended inside an except block keeps its exception.
def inside_handler():
    try:
        raise ValueError("held")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


for item in inside_handler():
    print("exc_info in gen:", repr(item), "outside:", sys.exc_info()[1])


# try/finally in the generator, loop broken: finally runs at close.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


for v in guarded():
    print("guarded", v)
    break
print("after guarded")


# Exceptions caught inside the generator do not leak out.
def resilient():
    for i in range(4):
        try:
            if i % 2:
                raise ArithmeticError(i)
            yield i
        except ArithmeticError as e:
            yield -i


print(list(resilient()))
for v in resilient():
    print("resilient", v)


# Recursive generators (yield from and for/yield).
def tree(d):
    if d == 0:
        yield 0
        return
    for v in tree(d - 1):
        yield v + 1
    yield from tree(d - 1)


print(sum(tree(8)), len(list(tree(5))))


# Deep generator recursion hits the recursion limit as a RecursionError.
def deep(n):
    yield n
    for v in deep(n + 1):
        yield v


try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)


# Return value of a generator in a for loop is discarded.
def ret():
    yield 1
    return 99


print([v for v in ret()])


# Traceback through the generator frame.
def inner():
    yield 1
    1 / 0


def outer():
    for v in inner():
        pass


outer()
