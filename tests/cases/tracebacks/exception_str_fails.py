# an exception whose __str__ raises
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('str failed')
print('start')
raise Weird()
