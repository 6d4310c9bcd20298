# sys.exit deep in the call stack unwinds through finally blocks and with statements
import sys
class Res:
    def __enter__(self):
        print('enter')
    def __exit__(self, *exc):
        print('exit sees', exc[0].__name__)
        return False
def inner():
    with Res():
        sys.exit(7)
def outer():
    try:
        inner()
    finally:
        print('outer finally')
outer()
