# 'return' inside an except* clause is a SyntaxError: the whole file does not compile
print('never printed')

def handler():
    try:
        raise ExceptionGroup('g', [ValueError()])
    except* ValueError:
        return (
            'spans two lines')
