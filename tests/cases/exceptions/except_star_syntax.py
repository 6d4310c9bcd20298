# break, continue and return cannot leave an except* clause; other except* syntax errors
snippets = [
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "while x:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return x + 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
]
for src in snippets:
    try:
        compile(src, 'snippet', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# loops, functions and classes nested in the clause may use them freely
def ok():
    for i in range(2):
        try:
            raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError as e:
            for j in range(3):
                if j == 1:
                    break
            def inner():
                return 'inner'
            print(i, j, inner(), repr(e))
ok()
