# generator attributes and state
def g():
    yield 1
    yield 2
gen = g()
print(gen.__name__, gen.__qualname__, gen.gi_running)
print(gen.gi_frame is not None, gen.gi_frame.f_lineno if gen.gi_frame else None)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def outer():
    def inner(): yield
    return inner()
print(outer().__qualname__)
print(g.__code__.co_flags & 0x20 == 0x20)
gen = g()
print(gen.gi_code.co_name, gen.gi_yieldfrom)
