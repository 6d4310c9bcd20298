# LOAD_NAME in module and class bodies: a plain dict namespace, a dict subclass and a
# custom mapping from __prepare__, names shadowing builtins, and str-subclass keys.


class Str(str):
    pass


x = "module x"
len = lambda s: "shadowed len"  # noqa: E731
print(len("abc"))
del len
print(len("abc"))
globals()[Str("y")] = "set through a str subclass key"
print(y)


class Body:
    x = "class x"
    print(x)
    z = x + "!"
    print(z, len(z))


class Logging(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)

    def __missing__(self, key):
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logging()


class Custom(metaclass=Meta):
    a = 1
    b = a + 1
    print("b", b, x)

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
