from typing import TypeVar
T = TypeVar('T')
a = list[T]
print(a.__parameters__)
try: print(a[int])
except TypeError as e: print("TE", e)
print(dict[str, T][int])
U = TypeVar('U')
for f in [lambda: list[T][int, str], lambda: list[int][int], lambda: dict[T, U][int]]:
    try: f()
    except TypeError as e: print(e)
print(dict[T, list[U]][int, str], dict[T, list[U]].__parameters__, list[list[T]][int], list[T][None])
import collections.abc
print(collections.abc.Mapping[str, T][int], collections.abc.Callable[[T], U].__parameters__)
print(int | None, None | int, list[None], list[type(None)], dict[str, None | int])
C = collections.abc.Callable[[T, int], U]
print(C[str, bytes], C.__parameters__)
