# recursion through builtins calling back into Python
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError as e:
    print('sorted key:', type(e).__name__)
def mapper(x):
    return list(map(mapper, [x]))
try:
    mapper(1)
except RecursionError as e:
    print('map:', type(e).__name__)
class Str:
    def __str__(self):
        return str(self)
try:
    str(Str())
except RecursionError as e:
    print('str:', type(e).__name__)
def nested_format(n):
    return f'{nested_format(n + 1)}'
try:
    nested_format(0)
except RecursionError as e:
    print('f-string:', type(e).__name__)
print('recovered', len([1, 2, 3]))
