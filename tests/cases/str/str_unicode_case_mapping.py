# full Unicode case mappings: special casing, titlecase digraphs, final sigma
words = ['straße', 'ǆungla', 'ﬁsh ﬂow', 'İstanbul', 'ŉ', 'ǰ', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ᾳ', 'Ꭰꭰ', 'µ', 'ÿ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.casefold()), repr(w.swapcase()), repr(w.capitalize()))
# final sigma: only at the end of a word, skipping case-ignorable characters
for s in ['ΑΣ', 'ΑΣ.', 'ΑΣΑ', 'Σ', 'ΑΣ\'', 'Α.Σ', 'ΑΣ\u0301', ' Σ ']:
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.swapcase()))
print('hello world'.title(), "they're bill's".title(), 'ABC1DEF'.title(), 'a_b-c d'.title())
print('ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'Ǆ'.isupper(), 'ǆ'.islower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '123'.istitle(), 'A1 B2'.istitle())
print('ß'.upper() == 'SS', 'ß'.casefold(), 'ẞ'.lower(), 'ﬃ'.upper(), len('ﬃ'.upper()))
print('ABC'.lower() is not 'ABC', 'iİ'.upper(), 'iİ'.lower(), len('İ'.lower()))
