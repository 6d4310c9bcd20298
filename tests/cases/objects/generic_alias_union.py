# PEP 585 generic aliases and PEP 604 unions
print(list[int], dict[str, list[int]], tuple[()], type[int])
print(int | str, int | None, (int | str) | float, int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(list[int].__origin__, list[int].__args__, (int | str).__args__)
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str])
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
