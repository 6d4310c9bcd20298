# send() resumes with a value
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print('final', e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.send(None))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
next(e)
e.send('a'); e.send('b')
print(e.send('c'))
