# assert with and without messages
def check(v):
    try:
        assert v
        print('passed', v)
    except AssertionError as e:
        print('failed', repr(e), e.args)
check(1)
check(0)
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
try:
    assert [], 42
except AssertionError as e:
    print(e.args[0] + 1)
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print(calls)
print(__debug__)
