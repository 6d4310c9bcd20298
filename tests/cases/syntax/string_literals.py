# string literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('tab\there', 'nl\\n', 'quote\'s', "dq\"s")
print('\x41\x42\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}')
print('\101\102\7'.encode())
print(r'raw\n\t', R"raw\"", rb'\x00'.hex())
print('abc' 'def' "ghi")
print(('implicit '
       'concatenation '
       'across lines'))
s = """line1
line2\
 continued
line3"""
print(s)
print(len('\0'), len('\\'), len(r'\\'))
print(repr('\a\b\f\v\r'))
print('unknown escape \q kept'.count('\\'))
print(u'unicode prefix', type(u'') is str)
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\u00e9')
