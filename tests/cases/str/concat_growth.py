# s += t in a loop (the in-place growth path) across power-of-two sizes, with non-ASCII
# text, and with other references that must keep the old value.
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


for n in (0, 1, 2, 3, 7, 8, 9, 255, 256, 257, 5000):
    s = build(n, "ab")
    print(n, len(s), s[:6], s[-3:])
t = build(300, "é€")
print(len(t), t[:4], t[-2:], t.count("€"))
keep = []
s = "x"
for i in range(20):
    keep.append(s)
    s += "y"
print(keep[3], keep[-1], s, len(s))
