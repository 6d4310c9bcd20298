# SyntaxError details from compile()
sources = [
    'x = = 1',
    'def f(:\n    pass',
    'return 5',
    'break',
    'if True:\npass',
    'x = (1, 2',
    'f(a=1, 2)',
    '1 = x',
    'del f()',
    'for x in range(3):\n    continue\nelse:\n  break',
    "print('unterminated)",
    'a b',
    'def f(a, a): pass',
    'nonlocal x',
    'class C:\n    return 1',
    'x += 1 = 2',
    'lambda: (yield)',
    '0777',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
