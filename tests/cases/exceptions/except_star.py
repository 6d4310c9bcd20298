# except* handles matching parts of a group
def run(excs):
    try:
        raise ExceptionGroup('group', excs)
    except* ValueError as eg:
        print('ValueErrors:', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeErrors:', [str(e) for e in eg.exceptions])
run([ValueError('a'), TypeError('b'), ValueError('c')])
try:
    run([KeyError('k'), ValueError('v')])
except ExceptionGroup as rest:
    print('unhandled:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked wrapped:', repr(eg))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise TypeError('from handler')
except (ExceptionGroup, TypeError) as e:
    print(repr(e))
    print(repr(e.__context__))
