# f-string conversions, specs, nesting
name = 'kaa'
n = 42
x = 3.14159
print(f'{name} {n} {x}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}')
print(f'{x:.2f} {x:10.3f} {x:e} {x:g} {x:%}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}')
print(f'{1234567:,} {1234567:_} {1234567.891:,.2f}')
width, prec = 10, 3
print(f'[{x:{width}.{prec}f}]')
print(f'{n=} {x=:.1f} {name = }')
print(f'{{literal}} {{{n}}}')
print(f'{"nested " + f"{n}"}')
print(f'{[1, 2, 3][1]} {dict(a=1)["a"]}')
print(f'{n if n > 0 else -n} {(lambda v: v * 2)(n)}')
print(f'{name:>{width}}|{name:*^9}|')
print(F'upper prefix {n}', rf'raw {n}\n', fr'\t{name}')
