# comparing floats with ints, with tolerance, with nan
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1e-10, 0, abs_tol=1e-9))
print(1.0 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(-0.0 < 0.0, -0.0 == 0.0, float('inf') > 10 ** 1000, float('-inf') < -10 ** 1000)
nan = float('nan')
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan))
print(sorted([2.5, -1.0, 0.0, -0.0, 1e-300]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(1.5 in [1, 1.5], 2 in [2.0], 3.0 in {3})
print((0.1).__eq__(0.1), (0.5).__lt__(1), (0.5).__eq__('x'))
