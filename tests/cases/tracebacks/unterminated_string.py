print('fine')
x = 'unterminated
