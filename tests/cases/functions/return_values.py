# return statement forms
def none_implicit(): pass
def none_explicit(): return
def tup(): return 1, 2
def starred(): return *[1, 2], 3
def early(x):
    if x:
        return 'early'
    return 'late'
print(none_implicit(), none_explicit(), tup(), starred())
print(early(1), early(0))
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
def in_finally():
    try:
        return 'try'
    finally:
        print('finally runs')
print(in_finally())
def override():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(override())
def multi():
    return [1], {'a': 2}
a, b = multi()
print(a, b)
