import string
f = string.Formatter()
for s in ['{', '}', 'a{', '{0!}', '{0!', '{0!r', '{0!rx}', '{0!r:}', '{0:{}', '{0:}}', '{0[}', '{0[1}', '{0[1]x}', '{{0}', '{0{', '{!r}', '{:}', '{0!:}', '{0!!}', '{a!r:{b}}', '{0:{{}}}', '{0:x}}', 'x}y', '{0]}', '{0.}', '{0..a}','{.a}', 'a{{b}}c{0}d', '{0:{1}{2}}e']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ERR', e)
