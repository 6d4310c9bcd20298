# Augmented subscript assignments (`c[k] += v`), which the VM runs with fused
# COPY 2; COPY 2 and SWAP 3; SWAP 2; STORE_SUBSCR forms: order of calls, errors, tracebacks.
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = [1, 2, 3]
for i in range(3):
    l[i] += 10
    l[i] *= 2
print(l)
d = D(a=1)
d["a"] += 5
x = {"k": [1]}
x["k"][0] += 1
print(d, x)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
def f():
    a = [0]
    try:
        a[5] += 1
    except IndexError as e:
        print("IndexError", e)
    s = "ab"
    try:
        s[0] += "c"
    except TypeError as e:
        print(e)
f()

def g():
    z = (1,)
    z[0] += 1
g()
