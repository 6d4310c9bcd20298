# CPython prints at most 15 members of a group and 10 levels of nesting
def nest(depth):
    if depth == 0:
        return ValueError('bottom')
    return ExceptionGroup(f'level {depth}', [nest(depth - 1), IndexError(depth)])

wide = ExceptionGroup('wide', [KeyError(i) for i in range(18)])
print(len(wide.exceptions))
raise ExceptionGroup('top', [wide, nest(11)])
