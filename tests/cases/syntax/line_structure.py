# semicolons, continuation lines, compound statements on one line
a = 1; b = 2; c = a + \
    b
print(a, b, c)
if a: print('inline if'); print('second')
for i in range(2): print('loop', i)
while False: pass
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,  # comment
    3,
]
print(items)
def f(x,
      y=2,
      ):
    return x + y
print(f(1,))
class K: x = 1; y = 2
print(K.x + K.y)
if True:

    # comment and blank line inside block

    print('indented after blank')
print(len("""
"""))
