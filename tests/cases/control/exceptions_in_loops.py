# exceptions used for loop control
data = ['1', 'x', '3', '', '5']
total = 0
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        print('skip', repr(s), '-', e)
        continue
    finally:
        print('processed', repr(s))
print('total', total)
it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('exhausted')
        break
    print('got', v)
results = []
for i in range(4):
    try:
        if i == 2:
            raise KeyError(i)
        results.append(i)
    except KeyError:
        results.append('err')
        break
else:
    results.append('no break')
print(results)
