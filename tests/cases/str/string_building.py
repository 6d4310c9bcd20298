# building multi-line text
rows = [('name', 'qty', 'price'), ('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(' | '.join(str(v).ljust(w) if isinstance(v, str) else str(v).rjust(w) for v, w in zip(r, widths)))
print('-' * 20)
total = sum(q * p for _, q, p in rows[1:])
print(f'{"total":<10}{total:>10.2f}')
lines = '\n'.join(f'{i:>3}: {"#" * i}' for i in range(1, 5))
print(lines)
print(repr('\n'.join(['a', 'b']) + '\n'))
text = 'word ' * 12
wrapped = []
line = ''
for w in text.split():
    if len(line) + len(w) + 1 > 20:
        wrapped.append(line)
        line = w
    else:
        line = (line + ' ' + w).strip()
wrapped.append(line)
print(wrapped)
