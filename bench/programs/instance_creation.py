# Creating instances: classes with and without __init__, keyword
# arguments and defaults, linked structures, and objects that die young.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Record:
    def __init__(self, key, value=0, tag=None, weight=1.0):
        self.key = key
        self.value = value
        self.tag = tag
        self.weight = weight


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def build_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


def main():
    total = 0
    for i in range(400000):
        p = Point(i, i + 1)
        total += p.x - p.y
    for i in range(300000):
        e = Empty()
        e.a = i
        total += e.a & 1
    for i in range(200000):
        r = Record(i, value=i * 2, tag="t")
        total += r.value - r.key
    keep = [Record(i, weight=0.5) for i in range(100000)]
    total += len(keep)
    for k in range(8):
        total += build_list(40000)
    print("checksum", total)


main()
