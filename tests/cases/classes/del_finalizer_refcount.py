# __del__ runs when the last reference disappears
class Tracked:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('delete', self.name)
a = Tracked('a')
b = a
del a
print('a deleted, b still refers')
del b
print('after del b')
def scope():
    t = Tracked('local')
    print('leaving scope')
scope()
print('after scope')
lst = [Tracked('in-list')]
lst.clear()
print('after clear')
x = Tracked('rebound')
x = None
print('end')
