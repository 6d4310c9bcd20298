# exceptions and cleanup ordering across nested with/try
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('open ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f'close {self.name} ({et.__name__ if et else "ok"})')
        return False
def work():
    with Res('outer'):
        try:
            with Res('inner'):
                raise ValueError('boom')
        finally:
            log.append('finally')
try:
    work()
except ValueError as e:
    log.append('caught ' + str(e))
print('\n'.join(log))
