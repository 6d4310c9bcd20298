# String building and formatting: f-strings (with format specs),
# str.format, %-formatting, str() and repr() of numbers, += building
# and "".join.


def main():
    h = 0
    mask = 0xFFFFFFFF
    for i in range(120000):
        x = i * 1.25
        s = f"item {i}: {x:.2f} [{i:>6}] {i:05d} {i:x} {i % 7!r}"
        h = (h * 31 + len(s) + ord(s[-3])) & mask
    for i in range(120000):
        s = "{}-{:>8}-{:.3f}-{name}".format(i, i * 3, i / 7, name="nm")
        h = (h * 31 + len(s) + ord(s[-5])) & mask
    for i in range(120000):
        s = "%d:%s:%5.1f:%-4s|" % (i, "abc", i / 3, "z")
        h = (h * 31 + len(s) + ord(s[3])) & mask
    for i in range(75000):
        s = str(i) + "/" + repr(i * 0.5) + "/" + str(-i)
        h = (h * 31 + len(s)) & mask
    parts = []
    for i in range(100000):
        parts.append(str(i % 1000))
    joined = ",".join(parts)
    h = (h * 31 + len(joined)) & mask
    acc = ""
    for i in range(50000):
        acc += chr(97 + i % 26)
    h = (h * 31 + len(acc) + ord(acc[12345])) & mask
    table = "\n".join(f"{r:3d} | " + " ".join(f"{r * c:4d}" for c in range(10)) for r in range(300))
    h = (h * 31 + len(table)) & mask
    print(table[-60:])
    print("checksum", h)


main()
