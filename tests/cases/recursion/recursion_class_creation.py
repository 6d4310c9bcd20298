# recursion involving class instantiation and __init__
class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1) if depth < 50 else None
def length(node):
    return 0 if node is None else 1 + length(node.child)
print(length(Node(0)))
class Forever:
    def __init__(self):
        self.next = Forever()
try:
    Forever()
except RecursionError as e:
    print(type(e).__name__, 'in __init__')
