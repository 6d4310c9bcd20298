import sys
print('[failing] running as', sys.modules[__name__].__name__)
1 / 0
