# append, extend, insert, remove, pop, clear, reverse
l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.extend(range(7, 9))
l.extend('ab')
print(l)
l.insert(0, 0)
l.insert(-1, 'ins')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l)
l.remove('a')
print(l.pop(), l.pop(0), l.pop(-2), l)
l.reverse()
print(l)
l.clear()
print(l)
for call in [lambda: l.pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [].index(1),
             lambda: [1].insert('a', 1), lambda: [].extend(5)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1]
a.extend(a)
print(a)
a += a
print(a)
