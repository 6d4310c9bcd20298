# list.extend, list += and set.update consume a general iterable one item at a time: the
# target grows while the iterator runs, and keeps what was added before an exception.

out = []


def watch(n):
    for i in range(n):
        yield (i, len(out))


out.extend(watch(4))
print(out)

acc = [0]


def g():
    yield 1
    yield 2
    raise KeyError("mid-way")


try:
    acc.extend(g())
except KeyError as e:
    print("KeyError", e, acc)
try:
    acc += g()
except KeyError as e:
    print("KeyError", e, acc)

s = set()


def h():
    yield "a"
    yield "b"
    raise ValueError("stop")


try:
    s.update(h())
except ValueError as e:
    print("ValueError", e, sorted(s))

same = [1, 2]
same.extend(same)
same += same
print(same)
t = [1]
t.extend((2, 3))
t.extend(range(4, 6))
t.extend("ab")
t.extend({"k": 1})
print(t)
try:
    t.extend(5)
except TypeError as e:
    print(e)
try:
    t += None
except TypeError as e:
    print(e)
try:
    s.update(3)
except TypeError as e:
    print(e)
