import functools
import inspect
import typing
from inspect import Parameter, Signature, signature


def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 3, **kw) -> list:
    pass


def g(x, y=None, *, z=(1, 2)):
    pass


def h(*, only):
    pass


def p(a, /):
    pass


def p2(a, b=2, /):
    pass


def v(*args, **kwargs):
    pass


def ann(a: typing.List[int], b: typing.Optional[str] = None, c: list[int] = [],
        d: dict = {}) -> typing.Dict[str, typing.Any]:
    pass


class Custom:
    pass


def cls_ann(a: Custom, b: inspect.Parameter) -> 'Custom':
    pass


for fn in (f, g, h, p, p2, v, ann, cls_ann, lambda: 0, lambda x, *y: 0):
    print(signature(fn))

s = signature(f)
for name, param in s.parameters.items():
    print(name, param.kind, repr(param.kind), param.kind.description, param.default is Parameter.empty,
          param.annotation)
print(repr(s), s.return_annotation, list(s.parameters))
print(Parameter.empty, Signature.empty is Parameter.empty, repr(Parameter.POSITIONAL_ONLY))
print(int(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD > Parameter.KEYWORD_ONLY)


class K:
    def __init__(self, a, b=2):
        pass

    def method(self, x, *, y=1):
        pass

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=0):
        pass

    def __call__(self, n):
        pass


class N:
    def __new__(cls, first, *rest):
        return object.__new__(cls)


class Plain:
    pass


print(signature(K), signature(K(1).method), signature(K.method), signature(K.cm), signature(K.sm))
print(signature(K(0)), signature(N), signature(Plain))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(alpha, beta=3):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False))
print(signature(functools.partial(g, 1)), signature(functools.partial(g, y=5)))

# building signatures by hand
params = [Parameter('a', Parameter.POSITIONAL_ONLY),
          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=int),
          Parameter('rest', Parameter.VAR_POSITIONAL),
          Parameter('k', Parameter.KEYWORD_ONLY, default='x')]
sig = Signature(params, return_annotation=str)
print(sig, repr(params[1]), str(params[2]))
print(sig.replace(return_annotation=Signature.empty))
print(params[1].replace(name='bb', default=5))
print(params[0] == Parameter('a', Parameter.POSITIONAL_ONLY), sig == Signature(params, return_annotation=str))
for bad in ([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)],
            [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
             Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)],
            [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD), Parameter('a', Parameter.KEYWORD_ONLY)]):
    try:
        Signature(bad)
    except ValueError as e:
        print('ValueError', e)
for args in (('1x', Parameter.POSITIONAL_ONLY), ('def', Parameter.POSITIONAL_ONLY), (3, Parameter.KEYWORD_ONLY)):
    try:
        Parameter(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Parameter('args', Parameter.VAR_POSITIONAL, default=())
except ValueError as e:
    print('ValueError', e)
try:
    signature(42)
except TypeError as e:
    print('TypeError', e)

# bind
b = signature(f).bind(1, 2, 3, 4, 5, d=6, z=7)
print(b, b.args, b.kwargs)
b = signature(g).bind_partial(1)
print(b)
b.apply_defaults()
print(b, b.arguments)
for call in ((), (1, 2, 3), (1,)):
    try:
        signature(g).bind(*call)
    except TypeError as e:
        print('TypeError', e)
try:
    signature(p).bind(a=1)
except TypeError as e:
    print('TypeError', e)
try:
    signature(g).bind(1, w=2)
except TypeError as e:
    print('TypeError', e)

# getfullargspec
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(K(1).method))
spec = inspect.getfullargspec(v)
print(spec.varargs, spec.varkw, spec.args, type(spec).__name__)
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError', e)
