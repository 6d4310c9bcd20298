# `is` / `is not` as conditions (the VM takes the jump after IS_OP at once) and as values.
class Node:
    def __init__(self, link=None):
        self.link = link


def length(p):
    n = 0
    while p.link is not None:
        p = p.link
        n += 1
    return n


chain = None
for _ in range(5):
    chain = Node(chain)
print(length(Node(chain)))
x = None
y = []
print(x is None, x is not None, y is None, y is not y, [x is None for x in (None, 0, "")])
print("yes" if y is not None else "no", "yes" if x is None and y is not None else "no")
a = b = object()
while a is b:
    b = object()
print(a is b)
