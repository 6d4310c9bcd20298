# inf, nan and negative zero
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, nan > 0, nan < 0, nan == nan, nan != nan)
print(inf == inf, -inf == float('-inf'))
print(float('Infinity'), float('-INF'), float('NaN'), float('+nan'), float(' inf '))
z = -0.0
print(z, z == 0.0, str(z), repr(z), 0.0 * -1, abs(z), -z)
print(1 / inf, -1 / inf, 0.0 / -1)
l = [nan]
print(nan in l, l.count(nan), l == l, [float('nan')] == [float('nan')])
print(max(1.0, nan), max(nan, 1.0), min(nan, 1.0))
print(sorted([3.0, 1.0, 2.0]))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1.0, -0.0))
print(int(1e308) > 0, round(inf) if False else 'skip')
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
