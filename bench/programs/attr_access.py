# Instance and class attribute reads and writes on plain objects
# (instance __dict__ attributes, class attributes, attributes of nested objects).


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Config:
    scale = 3
    offset = 7
    limit = 1 << 20


class Holder:
    def __init__(self):
        self.vec = Vec(1, 2, 3)
        self.count = 0
        self.name = "holder"


def bump(v, n):
    for i in range(n):
        v.x = v.y + 1
        v.y = v.z + i
        v.z = (v.x + v.y) & 0xFFFF
    return v.x + v.y + v.z


def class_reads(n):
    total = 0
    for i in range(n):
        total += Config.scale * i + Config.offset
        if total > Config.limit:
            total -= Config.limit
    return total


def nested(h, n):
    for i in range(n):
        h.vec.x += 1
        h.vec.y = h.vec.x ^ i
        h.count += h.vec.y & 3
    return h.count + h.vec.x


def many_objects(n):
    vs = [Vec(i, i + 1, i + 2) for i in range(100)]
    total = 0
    for r in range(n):
        for v in vs:
            total += v.x + v.y - v.z
            v.x = v.z
    return total


def main():
    a = bump(Vec(0, 0, 0), 1000000)
    b = class_reads(1000000)
    c = nested(Holder(), 700000)
    d = many_objects(7000)
    print("bump", a, "class", b, "nested", c, "many", d)
    print("checksum", (a + b * 3 + c * 5 + d * 7) % 1000000007)


main()
