# Adjacent local loads and stores (which the VM runs as combined
# instructions): unbound locals in either position, the line reported,
# handlers that start between the two, and jumps into the middle of a pair.


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return (a,
            b)


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return (a,
            b)


def handler_between():
    a = 1
    try:
        c = a
        d = e
    except UnboundLocalError as ex:
        return "caught: " + str(ex)
    e = 0


def swap_loop(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x


def const_then_local(v):
    t = 10
    return 3 - t + v


def jump_into_pair(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


print(second_unbound(True), first_unbound(True), handler_between())
print(swap_loop(30), const_then_local(5), jump_into_pair(10))
try:
    first_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, e.__traceback__.tb_next.tb_lineno)
second_unbound(False)
