# Conditional jumps on ints and None decide truth directly; other objects still go through
# __bool__/__len__.
for v in (0, 1, -1, 2**70, None, 0.0, "", "a", [], [0]):
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")


class B:
    def __bool__(self):
        print("bool called")
        return False


class L:
    def __len__(self):
        return 3


while B():
    pass
if L():
    print("len true")
x = 10
n = 0
while x:
    x -= 1
    n += 1
print(n)
try:
    if type("E", (), {"__bool__": lambda self: 2})():
        pass
except TypeError as e:
    print("TypeError:", e)
