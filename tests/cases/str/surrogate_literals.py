# Lone surrogates in literals (plain, implicit concatenation, f-strings, eval/compile) and the Unicode errors' constructors and messages
x = 1
print(ascii(f'\ud800{x}\udfff'), ascii('\U0000d800' '\N{REPLACEMENT CHARACTER}' '\ufffd' '�'), ascii(f'{x}' '\udc00'))
print(ascii("""\udc80
"""), ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print(ascii(eval(r"'\udcff'")), ascii(compile(r"s = '\ud801'", 'f', 'exec').co_consts))
for cls in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    for args in [(), ('a',), ('utf-8', 'x\ud800y' if cls is UnicodeEncodeError else b'xy', 1, 2, 'bad'), ('utf-8', 'abc' if cls is not UnicodeDecodeError else b'abc', 0, 3, 'r')]:
        try:
            e = cls(*args)
            print(cls.__name__, repr(str(e)), e.args)
        except TypeError as te:
            print(cls.__name__, 'TypeError', te)
e = UnicodeTranslateError('a\ud800', 1, 2, 'nope')
print(str(e), e.object == 'a\ud800', e.start)
print(hash('\ud800'), hash('a\udc80é'), list({'\ud800', 'x', '\udfff', 'é'}))
