import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known pangram -- used by typists--everywhere! Hello world? Supercalifragilisticexpialidocious-words and self-contained, re-entrant e-mail addresses."
for w in (10, 15, 20, 33, 50, 80):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 25, break_on_hyphens=False))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap("Hello there.  How are you? I am fine.", 20, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc  d\ne", 8), textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  x", 10, drop_whitespace=False))
print(textwrap.shorten("Hello  world!   This is a long sentence", width=20), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world!", width=12, placeholder="..."))
print(textwrap.wrap(s, 30, max_lines=3), textwrap.wrap(s, 30, max_lines=2, placeholder=' ~'))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent("\t  a\n\t b\n   \n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
print(textwrap.wrap("one-two-three four--five six---seven", 6), textwrap.wrap("--dash-start and end-- x", 5), textwrap.wrap("123-456-789 ab-cd-ef", 4))
print(textwrap.TextWrapper(width=10).fill("a b c d e f g h i j k l m n o p"))
