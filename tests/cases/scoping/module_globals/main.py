# each module has its own globals; from-import copies the binding
import helper
from helper import counter, bump, read
print(helper.counter, counter)
bump()
bump()
print(helper.counter, counter, read())
counter = 100
print(read(), helper.counter)
helper.counter = -1
print(read())
print(helper.__name__, bump.__module__, bump.__globals__ is vars(helper), read.__globals__ is globals())
print(sorted(k for k in vars(helper) if not k.startswith('__')))
