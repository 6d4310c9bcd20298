# format_map with a __missing__ mapping and partial templates
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
template = 'Hello {name}, you are {age} and live in {city}'
print(template.format_map(Default(name='kaa', age=3)))
print('{a}{b}'.format_map({'a': 1, 'b': 2}))
try:
    '{x}'.format_map({})
except KeyError as e:
    print('KeyError', e)
class Loud(dict):
    def __getitem__(self, k):
        print('lookup', k)
        return k * 2
print('{ab} {c}'.format_map(Loud()))
print('%(a)s-%(b)s' % Default(a='A'))
