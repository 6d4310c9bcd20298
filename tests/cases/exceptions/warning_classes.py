# warnings are exceptions too
for w in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
          RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
          ResourceWarning, EncodingWarning]:
    print(w.__name__, w.__bases__[0].__name__, issubclass(w, Exception))
try:
    raise UserWarning('as exception')
except Warning as e:
    print(repr(e))
