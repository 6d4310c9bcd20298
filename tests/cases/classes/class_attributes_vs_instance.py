# class attributes, instance attributes, shadowing and mutation
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append('from a')
a.own.append('own a')
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count)
a.shared = ['rebound']
print(a.shared, b.shared, C.shared)
print(sorted(vars(a)), 'shared' in vars(C))
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
def method(self):
    return 'dynamic method on ' + type(self).__name__
C.dyn = method
print(a.dyn())
print(C.__dict__['count'], type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print(e)
