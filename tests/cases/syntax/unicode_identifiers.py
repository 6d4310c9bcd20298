# non-ASCII identifiers and strings
café = 'coffee'
π = 3.14159
Δx = 0.5
print(café, π, Δx)
def größe(ä=1):
    return ä * 2
print(größe(), größe(ä=3))
class Ünïcode:
    ñ = 'n tilde'
print(Ünïcode.ñ, Ünïcode.__name__)
print('日本語', len('日本語'), '日本語'[1])
ﬁ = 'ligature'
print(fi)
print('ℌ'.isidentifier(), '1a'.isidentifier(), '_x'.isidentifier())
d = {'ключ': 'значение'}
print(d)
print(sorted(['b', 'a', 'é', 'z', 'É']))
