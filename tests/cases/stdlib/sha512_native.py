# _sha512: SHA-512/384 objects
from _sha512 import sha512, sha384
h = sha512(b'abc')
print(h.hexdigest())
h.update(('def' * 100).encode())
print(h.hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()))
print(sha512().hexdigest()[:32], sha384(b'abc').hexdigest(), sha512(('x' * 1000).encode()).copy().hexdigest()[:16])
for n in [111, 112, 127, 128, 129, 239, 240, 256]:
    print(n, sha512(('a' * n).encode()).hexdigest()[:16])
print(sha512(b'hello').digest() == bytes.fromhex(sha512(b'hello').hexdigest()), sha512(b'x').digest()[:4])
try:
    sha512('abc')
except TypeError as e:
    print('TypeError', e)
