# a SyntaxError in an imported module is raised at the import statement
print('main starts')
try:
    import badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith('badsyntax.py'))
import badsyntax
