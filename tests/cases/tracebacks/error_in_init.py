# an exception raised from __init__ while constructing an object
class Config:
    def __init__(self, **options):
        self.port = int(options['port'])
print(Config(port='8080').port)
Config(port='http')
