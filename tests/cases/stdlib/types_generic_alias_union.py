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
