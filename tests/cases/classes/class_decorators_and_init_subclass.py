# class decorators and __init_subclass__
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha: pass
@register
class Beta: pass
print(sorted(registry))
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class CSV(Plugin, name='csv'): pass
class JSONish(Plugin): pass
class Sub(CSV): pass
print(Plugin.plugins, Sub.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
def add_repr(cls):
    cls.__repr__ = lambda self: f'<{cls.__name__} {vars(self)}>'
    return cls
@add_repr
class Data:
    def __init__(self):
        self.a = 1
print(Data())
