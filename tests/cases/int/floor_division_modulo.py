# floor division and modulo signs
for a in (7, -7, 0):
    for b in (3, -3):
        print(f'{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}')
print(7 // 1, -7 // 1, 1 // 7, -1 // 7)
print(10 ** 20 // -3, 10 ** 20 % -3, -10 ** 20 // 3, -10 ** 20 % 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(divmod(7.5, -2), divmod(-0.0, 1))
for bad in [(1, 0), (1.0, 0), (1, 0.0), (10 ** 30, 0)]:
    for op in ('//', '%', 'divmod'):
        try:
            if op == '//':
                bad[0] // bad[1]
            elif op == '%':
                bad[0] % bad[1]
            else:
                divmod(*bad)
        except ZeroDivisionError as e:
            print(op, bad, e)
