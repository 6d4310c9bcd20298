# pass, Ellipsis and docstrings
def f():
    """Function doc."""
def g():
    ...
def h():
    pass
print(f(), g(), h(), f.__doc__, g.__doc__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
class C:
    """Class doc.

    More lines.
    """
    ...
print(repr(C.__doc__))
def notdoc():
    x = 1
    """not a docstring"""
print(notdoc.__doc__)
def fdoc():
    f"""f-string is not a docstring"""
print(fdoc.__doc__)
print(__doc__)
lst = [1, 2, 3]
print(lst[...] if False else 'skip')
print(bool(...), str(...), repr(...))
