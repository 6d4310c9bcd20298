# cmath-free complex computations
def mandelbrot_steps(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for c in [0j, 1 + 1j, -1 + 0j, -0.75 + 0.1j, 0.3 + 0.5j]:
    print(c, mandelbrot_steps(c))
roots = [complex(round(x.real, 10), round(x.imag, 10)) for x in [(1j) ** (k / 2) for k in range(4)]]
print(roots)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
print((3 + 4j).__abs__(), (1 + 1j).__neg__(), (2j).__pos__(), complex.__add__(1j, 1))
print(1j.__class__.__name__, (1j).__mul__(1j), (1j).__rmul__(2), (1j).__radd__(1.5))
