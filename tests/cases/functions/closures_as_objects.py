# using closures to hold state
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f'insufficient funds: {balance} < {n}')
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = make_account(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print(e)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def sq(n):
    print('computing', n)
    return n * n
print(sq(4), sq(4), sq(5), sorted(sq.cache.items()))
