# dict and set displays: duplicates, unpacking, evaluation order
print({'a': 1, 'a': 2}, {1: 'x', 1.0: 'y'}, {1, 1.0, True}, {0, False})
def k(v):
    print('key', v)
    return v
def val(v):
    print('val', v)
    return v
print({k('x'): val(1), k('y'): val(2)})
print({**{'a': 1}, 'b': 2, **{'a': 3}}, {*[1, 2], *{3}}, {*()} if False else set())
print({(1, 2): 'tuple key', frozenset([1]): 'frozenset key', None: 'none'})
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{}}
except TypeError as e:
    print(e)
print(type({}).__name__, type({1}).__name__, {**{}} == {})
