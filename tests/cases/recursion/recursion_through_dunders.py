# recursion via __repr__, __getattr__, __eq__ and properties
class SelfRepr:
    def __repr__(self):
        return 'SelfRepr(' + repr(self) + ')'
try:
    repr(SelfRepr())
except RecursionError as e:
    print('repr:', type(e).__name__)
class Attr:
    def __getattr__(self, name):
        return getattr(self, '_' + name)
try:
    Attr().x
except RecursionError as e:
    print('getattr:', type(e).__name__)
class Prop:
    @property
    def p(self):
        return self.p
try:
    Prop().p
except RecursionError as e:
    print('property:', type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print('eq:', type(e).__name__)
print('still alive')
