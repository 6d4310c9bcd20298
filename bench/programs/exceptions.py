# Exceptions raised and caught: built-in and user-defined exception
# classes, handlers matching by base class, unwinding through several
# frames, try/except/else/finally, exceptions raised by builtins
# (KeyError, IndexError, ZeroDivisionError) and context managers.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    pass


def check(i):
    if i % 5 == 0:
        raise NotFound(i)
    if i % 7 == 0:
        raise Invalid("bad", i)
    return i


def deep(n, i):
    if n == 0:
        return check(i)
    return deep(n - 1, i) + 1


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append(1)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(2)
        return et is ValueError


def main():
    total = 0
    for i in range(220000):
        try:
            total += check(i)
        except NotFound as e:
            total += e.key & 3
        except AppError as e:
            total += len(e.args)
    for i in range(65000):
        try:
            total += deep(8, i)
        except AppError:
            total += 1
        else:
            total += 2
        finally:
            total += 3
    d = {i: i for i in range(0, 1000, 2)}
    lst = list(range(500))
    for i in range(220000):
        try:
            total += d[i % 1000]
        except KeyError:
            total -= 1
        try:
            total += lst[i % 700]
        except IndexError:
            total -= 2
        try:
            total += 100 // (i % 13)
        except ZeroDivisionError:
            total -= 3
    log = []
    for i in range(65000):
        with Guard(log):
            if i % 2:
                raise ValueError(i)
    total += len(log)
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise AppError("outer") from e
    except AppError as e:
        total += isinstance(e.__cause__, KeyError)
    print("checksum", total)


main()
