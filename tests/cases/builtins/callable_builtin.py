# callable()
class C:
    def method(self): pass
class CallMe:
    def __call__(self): return 'called'
print(callable(len), callable(C), callable(C()), callable(C().method), callable(CallMe()), callable(lambda: 0))
print(callable(1), callable('s'), callable(None), callable([]), callable(int), callable(type), callable(print))
inst = C()
inst.__call__ = lambda: 'instance attr'
print(callable(inst))
print(callable(classmethod(lambda c: 0)), callable(staticmethod(lambda: 0)), callable(property()))
