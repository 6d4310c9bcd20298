# class bodies do not create enclosing scopes for methods
x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    lst = [x for _ in range(1)]
    z = (lambda: x)()
print(C.y, C().method(), C.lst, C.z)
def func():
    v = 'func v'
    class D:
        v = 'class v'
        def m(self):
            return v
        w = v
    return D().m(), D.w
print(func())
def func2():
    a = 'enclosing'
    class E:
        try:
            print(a)
        except NameError as e:
            print('NameError:', e)
        a = 'class attr'
        print(a)
    b = 'enclosing b'
    class H:
        print(b)
    return E.a
print(func2())
class F:
    names = ['a', 'b']
    first = names[0]
    try:
        upper = [n.upper() for n in names]
    except NameError as e:
        err = str(e)
print(F.first, F.upper)
class G:
    k = 3
    try:
        vals = [k * i for i in range(2)]
    except NameError as e:
        print('NameError:', e)
