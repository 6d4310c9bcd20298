# nested fields, conversions and attribute/index access in str.format
data = {'user': {'name': 'kaa', 'langs': ['rust', 'python']}}
print('{0[user][name]} likes {0[user][langs][1]}'.format(data))
class Obj:
    value = 3.14159
    items = ['x', 'y']
print('{o.value:.2f} {o.items[0]} {o.items[1]!r}'.format(o=Obj()))
print('{:{fill}{align}{width}}'.format('mid', fill='~', align='^', width=11))
print('{!r:>10}|{!s:<6}|{!a}'.format('q', 'w', 'ü'))
print('{0:{1}.{2}}'.format(3.14159, 8, 3), '{:{}}'.format('x', 4) + '|')
print('{0}{1}{0}'.format('ab', 'cd'), '{}'.format(None), '{:}'.format(1.5))
try:
    '{0[}'.format([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:{}{}}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
