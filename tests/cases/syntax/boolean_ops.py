# and/or/not return operands and short-circuit
def t(x):
    print('t', x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or 'last')
print(None and t('never'), 'x' or t('never'))
print(t(0) or t('') or t('final'))
print(t(1) and t(2) and t(0) and t(3))
print(not 0, not 1, not [], not [0], not '', not None)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(B(True) and 'yes', B(False) or 'no')
class L:
    def __len__(self): return 0
print(bool(L()), not L())
print(True and False or True, not True == False)
print([] == False, 0 == False, 1 == True, 2 == True)
