# comprehension variables are local to the comprehension, even with walrus elsewhere
i = 'outer i'
squares = [i * i for i in range(4)]
print(i, squares)
def f():
    j = 'local j'
    data = {j: 0 for j in 'ab'}
    return j, data
print(f())
nested = [[i for i in range(k)] for k in range(3)]
print(nested, i)
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
try:
    exec('[(z := 1) for z in range(2)]')
except SyntaxError as e:
    print(e.msg)
