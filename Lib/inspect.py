"""Inspecting live objects, as CPython's ``inspect`` (a subset).

Type predicates (``isclass``, ``isfunction``, ``isgeneratorfunction``, ...), ``getmembers``
and ``getmembers_static``, ``getmro``, ``getmodule``, ``getdoc``/``cleandoc``,
``getattr_static``, ``unwrap``, ``signature`` with ``Signature`` and ``Parameter``, and
``getfullargspec``. Importing it stays light: ``collections`` is imported only when
``FullArgSpec`` is first needed.
"""

import sys
import types

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'ismethoddescriptor', 'isdatadescriptor',
    'ismemberdescriptor', 'isgetsetdescriptor', 'isfunction', 'isgeneratorfunction',
    'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine', 'isasyncgen',
    'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin', 'ismethodwrapper',
    'isroutine', 'isabstract', 'getmembers', 'getmembers_static', 'getmro', 'getmodule',
    'getdoc', 'cleandoc', 'getattr_static', 'unwrap', 'signature', 'Signature',
    'Parameter', 'BoundArguments', 'getfullargspec', 'FullArgSpec', 'formatannotation',
]

# Code object flags (as in CPython's code objects).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates ------------------------------------------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions defined in Python (including lambdas)."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """True for method descriptors: objects with __get__ and no __set__ that are not
    classes, methods or functions (e.g. ``str.upper``)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """True for data descriptors: objects whose type defines __set__ or __delete__
    (properties, getsets, members), classes, methods and functions excepted."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for member descriptors (slots of classes defined in C or with __slots__)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for getset descriptors (attributes of built-in types)."""
    return isinstance(object, types.GetSetDescriptorType)


def _unwrap_partial(func):
    partial = _partial_type()
    while partial is not None and isinstance(func, partial):
        func = func.func
    return func


def _partial_type():
    functools = sys.modules.get('functools')
    return getattr(functools, 'partial', None) if functools is not None else None


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for functions (or methods) whose body contains ``yield``."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for functions defined with ``async def``."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for ``async def`` functions containing ``yield``."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects usable in an ``await`` expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if (isinstance(object, types.GeneratorType)
            and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)):
        return True
    return hasattr(type(object), '__await__')


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects (bound slot wrappers such as ``object().__str__``)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for abstract base classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    own = type.__dict__['__dict__'].__get__(object)
    if '__abstractmethods__' in own:
        # kaa keeps no type flag: the class's own set says it.
        return bool(own['__abstractmethods__'])
    if not issubclass(type(object), _abc_meta()):
        return False
    # During class creation (e.g. in __init_subclass__) the set is not computed yet.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


def _abc_meta():
    import abc
    return abc.ABCMeta


# ---- members -----------------------------------------------------------------------------------

def _members(object, predicate, getter):
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttributes of the bases are members too, though dir() omits them.
        try:
            for base in object.__bases__:
                for name, value in base.__dict__.items():
                    if isinstance(value, types.DynamicClassAttribute):
                        names.append(name)
        except AttributeError:
            pass
    else:
        mro = ()
    found = []
    seen = set()
    for name in names:
        try:
            value = getter(object, name)
            if name in seen:
                raise AttributeError
        except AttributeError:
            # The attribute is listed but not gettable: take it from a class dict.
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """All (name, value) pairs of ``object``'s attributes, sorted by name, keeping those
    for which ``predicate(value)`` is true when a predicate is given."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As ``getmembers``, but without running descriptors or __getattr__
    (values come from ``getattr_static``)."""
    return _members(object, predicate, getattr_static)


def getmro(cls):
    """The method resolution order of ``cls``, as a tuple."""
    return cls.__mro__


def getmodule(object, _filename=None):
    """The module ``object`` was defined in, or None if it cannot be told."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    main = sys.modules.get('__main__')
    if main is not None and not hasattr(object, '__name__'):
        return None
    if main is not None:
        if getattr(main, object.__name__, None) is object:
            return main
    builtins = sys.modules['builtins']
    if getattr(builtins, getattr(object, '__name__', ''), None) is object:
        return builtins
    return None


# ---- documentation ---------------------------------------------------------------------------

def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The documentation string of ``object``, cleaned up with ``cleandoc``; inherited from
    a base class's attribute of the same name when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Tabs expanded, the common indentation of the lines after the first removed, the
    first line's leading blanks removed and leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---- getattr_static ----------------------------------------------------------------------------

_sentinel = object()


def _static_mro(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_mro(klass):
        if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _static_mro(klass):
        try:
            class_dict = type.__dict__['__dict__'].__get__(entry)
            value = class_dict['__dict__']
        except KeyError:
            continue
        if not (type(value) is types.GetSetDescriptorType
                and value.__name__ == '__dict__' and value.__objclass__ is entry):
            return value
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute ``attr`` of ``obj`` found without triggering the descriptor protocol,
    __getattr__ or __getattribute__: the raw value from the instance or class dicts."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr) is types.MemberDescriptorType:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if (_check_class(type(klass_result), '__get__') is not _sentinel
                and _check_class(type(klass_result), '__set__') is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # For classes, the metaclass's attributes come last.
        for entry in _static_mro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- unwrap ------------------------------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the ``__wrapped__`` chain of ``func`` to the innermost function (or to the
    first one for which ``stop(f)`` is true); ValueError on a cycle."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        ident = id(func)
        if ident in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        seen.add(ident)
    return func


# ---- signatures --------------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """The kind of a parameter: POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL,
    KEYWORD_ONLY or VAR_KEYWORD (an int, ordered as parameters must be)."""

    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
              'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword', 'variadic positional',
                     'keyword-only', 'variadic keyword')

    @property
    def name(self):
        return self._names[self]

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._descriptions[self]

    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self.name, int(self))

    def __str__(self):
        return self.name

    def __reduce__(self):
        return (_ParameterKind, (int(self),))


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
          _VAR_KEYWORD)
for _kind in _KINDS:
    setattr(_ParameterKind, _kind.name, _kind)
del _kind


def _strip_typing(text):
    # 'typing.List[typing.Any]' -> 'List[Any]': drop the prefix of every dotted name.
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i
            while j < n and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            word = text[i:j]
            out.append(word[7:] if word.startswith('typing.') else word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    """How ``inspect`` shows an annotation: classes by (qualified) name, ``typing`` objects
    without the ``typing.`` prefix, anything else by its repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: ``name``, ``kind``, ``default`` and ``annotation``
    (``Parameter.empty`` when absent). Immutable; ``replace`` makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = _KINDS[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = '{} parameters cannot have default values'
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            # The implicit '.0' argument of comprehensions.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as positional or keyword '
                       'arguments, not {}')
                raise ValueError(msg.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of ``Signature.bind``: ``arguments`` (a dict from parameter name to
    value), with ``args``/``kwargs`` to call the function again and ``apply_defaults``."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of missing parameters (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: ``parameters`` (an ordered mapping of name to
    Parameter) and ``return_annotation`` (``Signature.empty`` when absent)."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} parameter'
                           .format(top_kind.description, kind.description))
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default '
                                             'argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of the callable ``obj``."""
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped,
                                        sigcls=cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters and/or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ('{arg!r} parameter is positional only, '
                                   'but was passed as a keyword')
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            raise TypeError(msg.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL
                        and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments to the parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As ``bind``, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False
        need_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def _signature_is_functionlike(obj):
    # Objects that look like Python functions (e.g. Cython's) are treated as such.
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True):
    if not isfunction(func) and not _signature_is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    Param = cls._parameter_cls
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        if i < non_default_count:
            parameters.append(Param(name, annotation=annotation, kind=kind))
        else:
            parameters.append(Param(name, annotation=annotation, kind=kind,
                                    default=defaults[i - non_default_count]))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        index += 1
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    # The signature of a bound method: the first parameter is taken by the instance.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


_NON_USER_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                       types.ClassMethodDescriptorType, types.BuiltinFunctionType,
                       types.MethodDescriptorType)


def _user_attr(cls, name):
    # The first definition of `name` along the MRO, unless it is implemented in C.
    for base in cls.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            inner = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if isinstance(inner, _NON_USER_CALLABLES):
                return None
            return value
    return None


def _partial_signature(sig, partial):
    args = partial.args or ()
    keywords = partial.keywords or {}
    bound = sig.bind_partial(*args, **keywords)
    params = []
    transformed = set()
    for name, param in sig.parameters.items():
        if name in bound.arguments and param.kind in (_POSITIONAL_ONLY,
                                                      _POSITIONAL_OR_KEYWORD):
            if name not in keywords:
                continue
        if name in keywords:
            new = param.replace(default=keywords[name])
            if param.kind == _POSITIONAL_OR_KEYWORD:
                new = new.replace(kind=_KEYWORD_ONLY)
                transformed.add(name)
            params.append(new)
        elif transformed and param.kind == _POSITIONAL_OR_KEYWORD:
            params.append(param.replace(kind=_KEYWORD_ONLY))
        elif param.kind == _VAR_POSITIONAL and args and name in bound.arguments:
            params.append(param)
        else:
            params.append(param)
    return sig.replace(parameters=params)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             sigcls=Signature):
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'
                                .format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg)
    partial = _partial_type()
    if partial is not None and isinstance(obj, partial):
        return _partial_signature(recurse(obj.func), obj)
    if isinstance(obj, type):
        call = _user_attr(type(obj), '__call__')
        if call is not None:
            return _drop_first(recurse(call))
        new = _user_attr(obj, '__new__')
        init = _user_attr(obj, '__init__')
        order = (new, init) if _defined_first(obj, '__new__', '__init__') else (init, new)
        for meth in order:
            if meth is None:
                continue
            if isinstance(meth, staticmethod):
                meth = meth.__func__
            return _drop_first(recurse(meth))
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls.from_callable(_object_signature)
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    if not isbuiltin(obj) and not ismethoddescriptor(obj) and not ismethodwrapper(obj):
        call = _user_attr(type(obj), '__call__')
        if call is not None:
            return _drop_first(recurse(call))
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _defined_first(cls, first, second):
    # Whether a Python `first` is found no later than a Python `second` along the MRO (the
    # signature of a class comes from whichever of __new__/__init__ is most derived).
    for base in cls.__mro__:
        for name, result in ((first, True), (second, False)):
            value = base.__dict__.get(name)
            if value is None:
                continue
            inner = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
            if not isinstance(inner, _NON_USER_CALLABLES):
                return result
    return True


def _object_signature():
    pass


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable ``obj``: Python functions, methods (without their
    bound first argument), classes (from __init__/__new__ or the metaclass's __call__),
    ``functools.partial`` objects and objects with a ``__signature__``."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


_FullArgSpec = None


def _fullargspec_type():
    global _FullArgSpec
    if _FullArgSpec is None:
        from collections import namedtuple
        _FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                                  'kwonlyargs, kwonlydefaults, annotations')
        _FullArgSpec.__module__ = 'inspect'
    return _FullArgSpec


def __getattr__(name):
    if name == 'FullArgSpec':
        return _fullargspec_type()
    raise AttributeError(f"module 'inspect' has no attribute '{name}'")


def getfullargspec(func):
    """The names and default values of a callable's parameters, as the named tuple
    FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations);
    a bound method's first argument is included."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return _fullargspec_type()(posonlyargs + args, varargs, varkw, defaults, kwonlyargs,
                               kwdefaults, annotations)
