"""Helpers for pickle and copy: the dispatch table of reduction functions registered with
pickle(), the reconstructors used by object.__reduce_ex__ (__newobj__, __newobj_ex__,
_reconstructor), __slots__ name discovery, and the extension-code registry -- kaa's version
of the standard `copyreg` module. kaa's object.__reduce_ex__, __reduce__ and __getstate__
are implemented here (the _object_* functions)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register `pickle_function` as the reduction function for `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


# ---- reconstructors ----------------------------------------------------------------------

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with keyword-only
    arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the instance variables declared with __slots__ along cls's MRO
    (private names mangled; __dict__ and __weakref__ left out). Cached in
    cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = f'_{stripped}{name}'
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# ---- object's reduction protocol ---------------------------------------------------------

# Built-in types whose instances carry their whole value in what __new__/the item iterators
# rebuild; others (generators, modules, frames...) cannot be pickled or copied.
_reducible_builtins = (object, list, dict, set, frozenset, tuple, int, float, complex, str,
                       bytes, bool, bytearray, BaseException)


def _check_reducible(obj):
    cls = type(obj)
    base = object
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
    if base not in _reducible_builtins and not issubclass(base, BaseException):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")


def _object_getstate(obj):
    """object.__getstate__(): the instance __dict__ (None when empty), paired with a dict
    of the __slots__ values when there are any."""
    try:
        state = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(obj):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is None:
        return _object_getstate(obj)
    return getstate()


def _reduce_newobj(obj):
    """The default reduction for protocols 2 and above."""
    _check_reducible(obj)
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, "
                            f"not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, "
                             f"not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must "
                            f"be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must "
                            f"be a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, "
                                f"not '{type(args).__name__}'")
        else:
            args = ()
        kwargs = {}
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + args
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_ex(self, proto):
    """The default reduction for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if base.__module__ == 'builtins' and '__dict__' not in base.__dict__:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__(protocol): a class's own __reduce__ wins; otherwise the default
    reduction for the protocol."""
    cls = type(obj)
    if getattr(cls, '__reduce__', None) is not object.__reduce__:
        return obj.__reduce__()
    if protocol >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, protocol)


def _object_reduce(obj):
    """object.__reduce__(): the protocol-0 reduction."""
    return _reduce_ex(obj, 0)


# ---- extension registry ------------------------------------------------------------------

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
