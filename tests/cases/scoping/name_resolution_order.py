# local, enclosing, global, builtin lookup order
len = lambda x: 'shadowed len'
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    print = lambda *a: None
    print('hidden')
    return 'local print swallowed'
print(f())
import builtins
builtins.kaa_injected = 'from builtins'
print(kaa_injected)
kaa_injected = 'from globals'
print(kaa_injected)
del kaa_injected
print(kaa_injected)
del builtins.kaa_injected
try:
    kaa_injected
except NameError as e:
    print(e)
def enclosing():
    sum = lambda v: 'enclosing sum'
    def inner():
        return sum([1])
    return inner()
print(enclosing(), sum([1]))
