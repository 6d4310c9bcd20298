# triple-quoted strings, line continuation and escapes inside them
text = """\
First line
    indented "quotes" and 'single'
Tab\there, backslash \\ and unicode \u00e9
Last line\
 continued"""
print(text)
print(len(text.splitlines()), text.count('\n'))
raw = r"""raw \n stays \t"""
print(raw, len(raw))
print('''a\
b''', 'x\
y')
print('\'', "\"", '\\\'', "\x41\102\u0043")
