# three-level chain mixing cause and context
def level_one():
    raise KeyError('root cause')
def level_two():
    try:
        level_one()
    except KeyError as e:
        raise ValueError('level two failed') from e
def level_three():
    try:
        level_two()
    except ValueError:
        raise RuntimeError('level three failed')
print('go')
level_three()
