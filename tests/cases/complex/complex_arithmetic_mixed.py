# complex mixed with int, float and bool
z = 2 + 3j
print(z + 1, z - 1.5, z * 2, z / 2, 1 / z, z ** 2, z ** 0, z ** 1, 2 ** z == 2 ** z)
print(z + True, z * False, -z, +z, z == 2 + 3j, z != 2, z.conjugate() * z)
print((1 + 2j) ** 10, (1j) ** 1000, (1j) ** -1, (0j) ** 0)
print(abs(1e200 + 1e200j), abs(complex(float('inf'), 1)), abs(complex(float('nan'), float('inf'))))
print(complex(1, 2) == (1 + 2j), (3 + 0j) == 3.0, (3 + 0j) == 3, hash(3 + 0j) == hash(3.0))
print([x for x in [1j, 2, 3.0] if isinstance(x, complex)], sum([1j] * 4))
