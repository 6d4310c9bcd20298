# invalid numeric literals rejected by the compiler
sources = ['1__0', '1_', '0x', '0b2', '0o8', '1e', '1.e', '0_7', '1.2.3', '09', '0xg', '1_000_', '5j_', '0b_']
for src in sources:
    try:
        print(repr(src), 'compiles to', eval(src))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg)
print(eval('0_0'), eval('00'), eval('0e0'), eval('1_0j'), eval('0o_7'), eval('0x_f'))
