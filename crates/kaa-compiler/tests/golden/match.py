match v:
    case [1, *rest]:
        pass
    case {'k': x, **kw}:
        pass
    case Point(x=0) | None:
        pass
    case _:
        pass
