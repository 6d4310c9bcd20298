# exec() into globals without __builtins__ inserts the builtins dict; __main__ holds the module
import builtins
g = {}
exec('x = len("abc")', g)
print(type(g['__builtins__']).__name__, g['__builtins__'] is vars(builtins), g['x'])
print(type(__builtins__).__name__, __builtins__ is builtins)
g2 = {'__builtins__': {'len': lambda s: 42}}
exec('y = len("abc")', g2)
print(g2['y'])
