# case conversion methods
for s in ['hello world', 'HELLO', 'hELLo wORLD', "they're bill's", 'ß straße', 'ǅungla', 'ﬁre', 'İstanbul', '123abc', '']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('Σίσυφος'.lower(), 'ΣΑΣ'.lower(), 'ﬀ'.upper(), len('ﬀ'.upper()))
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello World'.istitle(), 'Hello world'.istitle())
print('abc'.islower(), 'aBC'.islower(), '123'.islower(), '1a'.islower())
