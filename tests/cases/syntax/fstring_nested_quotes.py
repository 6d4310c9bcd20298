# quotes, dicts and nesting inside f-strings (3.11 rules)
d = {'key': 'value', "other": 2}
print(f"{d['key']}", f'{d["other"]}', f'''{d['key'] + "!"}''', f"""{d["key"]!r}""")
name = 'world'
print(f"{'hello ' + name:>15}", f'{name!r:^12}', f"{f'{name}'!r}")
nums = [1, 2, 3]
print(f'{len(nums)} items: {", ".join(str(n) for n in nums)}')
print(f'{3 * 4 = }', f'{nums[-1] * 2 = :04d}', f'{name.upper()=!s}')
print(f'{"{"}{"}"}', f'{{{1}}}', f'{"nested {braces}"}')
width = 6
print(f'{"|":{"-"}<{width}}', f'{3.14159:{width}.{width - 4}f}')
print(f'{"a" if nums else "b"}', f'{(lambda: "lam")()}', f'{[x for x in "ab"]}')
