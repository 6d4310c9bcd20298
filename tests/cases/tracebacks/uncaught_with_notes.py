# notes are printed after the exception line
e = ValueError('bad input')
e.add_note('hint: check the file format')
print('raising')
raise e
