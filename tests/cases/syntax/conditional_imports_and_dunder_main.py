# module-level conventions
if __name__ == '__main__':
    print('running as main')
print(__name__, type(__builtins__).__name__ in ('module', 'dict'), __spec__ is None or 'spec')
print(__file__.endswith('conditional_imports_and_dunder_main.py'), __package__, __doc__)
try:
    import definitely_not_a_module_kaa as optional
except ImportError:
    optional = None
print(optional)
def main():
    return 'main() called'
if __name__ == '__main__':
    print(main())
