# chained assignment assigns left to right, evaluating the value once
class Log:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('set', k)
        self.d[k] = v
log = Log()
def value():
    print('value computed')
    return [1]
log['a'] = log['b'] = x = value()
print(log.d, x is log.d['a'])
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
a = b = c = 0
a += 1
print(a, b, c)
