# for/else runs else only when no break happened
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for x in range(3):
    continue
else:
    print('else after continue-only loop, x =', x)
for outer in range(3):
    for inner in range(3):
        if inner == 1:
            break
    else:
        print('never')
    print('outer', outer, 'inner', inner)
def ret_in_loop():
    for i in range(3):
        return i
    else:
        return 'else'
print(ret_in_loop())
