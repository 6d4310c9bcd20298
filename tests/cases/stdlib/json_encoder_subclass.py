import json
from json import JSONEncoder, JSONDecoder


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({'p': Point(0, -1)}, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode(Point(5, 6)))
print(list(PointEncoder().iterencode([Point(1, 1)])))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)
try:
    PointEncoder(indent=1).encode([1, object()])
except TypeError as e:
    print('TypeError', e)


# extra keyword arguments reach the encoder class
class TaggedEncoder(JSONEncoder):
    def __init__(self, *, tag='?', **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return f'{self.tag}{o!r}'


print(json.dumps([1j, Point], cls=TaggedEncoder, tag='#'))
print(json.dumps({'a': 2j}, cls=TaggedEncoder, sort_keys=True, separators=(',', '=')))
try:
    json.dumps([1], bogus=1)
except TypeError as e:
    print('TypeError', e)

# encode() overridden
class Upper(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({'a': 'b'}, cls=Upper))

# iterencode overridden is used by dump
class Chunky(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield '<' + chunk + '>'


class W:
    def __init__(self):
        self.s = ''

    def write(self, t):
        self.s += t


w = W()
json.dump([1, [2]], w, cls=Chunky)
print(w.s)

# default passed as a function, and a default returning a container
print(json.dumps({'s': {1, 2}}, default=sorted))
print(json.dumps([range(3)], default=list, indent=1))
print(json.dumps(Point(1, 2), default=vars))

# attributes of an encoder
e = JSONEncoder(indent=3)
print(e.item_separator, e.key_separator, e.indent, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys)
e = JSONEncoder(separators=(';', '->'))
print(e.item_separator, e.key_separator, JSONEncoder.item_separator, JSONEncoder.key_separator)
print(e.encode({'a': [1, 2]}))

# encoder options
print(json.dumps({3: 1, 'b': 2, None: 3, 1.5: 4, True: 5, False: 6}))
print(json.dumps({(1, 2): 1, 'k': 2}, skipkeys=True))
print(json.dumps([1.0, 1e20, 1e-7, float('inf'), float('-inf'), float('nan')]))
print(json.dumps('\u2603 \x00\x1f', ensure_ascii=False), json.dumps('\u2603'))
print(json.dumps([[], {}, [[]], {'a': {}}], indent=0))
print(json.dumps({'b': 1, 'a': [3, {'d': 1, 'c': 2}]}, sort_keys=True, indent=''))


# int and float subclasses, str subclass, tuple, dict subclass
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(3), MyFloat(2.5), MyStr('s'), (1, 2), MyDict(a=1)]))
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr('s'), (1, 2), MyDict(a=1)], indent=1))
print(json.dumps({MyInt(7): MyFloat(0.5)}))


# JSONDecoder subclass and hooks
class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return sorted(d.items())


print(json.loads('{"b": 1, "a": {"c": 2}}', cls=MyDecoder))
print(json.loads('[1.5, 2, {"x": 3}]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hooked', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('"a\tb"', strict=False))
d = JSONDecoder(strict=False)
print(d.decode('["x\ny"]'), d.strict, d.object_hook, d.parse_float is float, d.parse_int is int)


class RawOverride(JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ('wrapped', obj), end


print(RawOverride().decode(' [1] '))
print(json.loads('[2]', cls=RawOverride))
