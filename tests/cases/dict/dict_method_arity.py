# dict methods: argument-count errors use CPython's messages
d = {}
for f in [lambda: d.setdefault(), lambda: d.setdefault(1, 2, 3), lambda: d.pop(), lambda: d.get(),
          lambda: d.popitem(1), lambda: d.fromkeys(), lambda: dict.fromkeys(1, 2, 3),
          lambda: d.setdefault(k=1), lambda: d.keys(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(d.setdefault('a'), d.setdefault('b', 2), d, dict.fromkeys('ab', 0))
