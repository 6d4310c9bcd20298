# async def coroutines driven by hand with send(None)
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print('awaiting', self.value)
        got = yield self.value
        return f'{self.value}->{got}'
async def inner(x):
    r = await Ready(x)
    return r.upper()
async def outer():
    a = await inner('a')
    b = await inner('b')
    return [a, b]
coro = outer()
print(type(coro).__name__, outer.__name__)
print(coro.send(None))
print(coro.send('first'))
try:
    coro.send('second')
except StopIteration as e:
    print('result', e.value)
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print('simple returned', e.value)
c2 = simple()
c2.close()
print('closed without running')
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
