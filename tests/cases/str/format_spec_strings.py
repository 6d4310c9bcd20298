# format specs applied to strings
s = 'kaa'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^10', '.2', '10.2', '-<5', '0>5', '^4', '=^9']:
    print(repr(spec), repr(format(s, spec)))
print(format('', '>3'), '|', format('日本', '^6'), '|', format('é', '*>3'))
for spec in ['d', '=10', '+', ',', '#']:
    try:
        format(s, spec)
    except ValueError as e:
        print(repr(spec), e)
print(f'{s:>{2 + 3}}', f'{s!r:^9}', f'{s.upper():.1}')
