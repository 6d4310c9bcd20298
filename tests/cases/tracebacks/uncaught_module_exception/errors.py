class ValidationError(ValueError):
    pass


def validate(n):
    if n < 0:
        raise ValidationError(f'negative value: {n}')
    return n
