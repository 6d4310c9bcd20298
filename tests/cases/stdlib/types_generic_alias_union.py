print(int | None, None | int, int | list[int], list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int].__origin__, list[int].__args__)
try: int | 3
except TypeError as e: print(e)
class A: pass
try: A[int]
except TypeError as e: print(e)
print(int | str == str | int, isinstance(1, int | str), (int | str).__args__, int | str | int)
x: list[int] = [1]
def f(a: dict[str, int] | None = None) -> list[str]: return []
print(f.__annotations__)
print(list[int]([1, 2]), type(list[int]))
print(type[int], type(type[int]).__module__, repr(type(list[int])))
class Meta(type): pass
class B(metaclass=Meta): pass
try: B[int]
except TypeError as e: print(e)
import types
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, 3)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
print(types.GenericAlias(list, int).__args__, types.GenericAlias(dict, (int, str)))
