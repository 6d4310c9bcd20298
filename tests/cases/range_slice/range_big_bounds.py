# ranges beyond machine integers: len overflow, indexing, slicing, membership, iteration
import itertools
B = 10**20
rs = [range(B), range(-B, B, 7), range(B, -B, -3), range(2**63-2, 2**63+2), range(-2**63, 2**63), range(5), range(10, 0, -2), range(0), range(2**64, 2**64)]
for r in rs:
    print(r, bool(r), r.start, r.stop, r.step, r[0] if r else None, r[-1] if r else None, hash(r) == hash(range(r.start, r.stop, r.step)))
    try: print(len(r))
    except OverflowError as e: print('OverflowError', e)
    print(r[3:-2:5], r[::-1], r[B:], r[-B:2], r[1:2**70:2**65])
    print(list(itertools.islice(r, 4)), list(itertools.islice(reversed(r), 4)))
    print(B in r, 2**63 in r, -2**63 in r, 0 in r, r.count(2**63))
    try: print(r.index(2**63 + 1))
    except ValueError as e: print(e)
    print(r == range(r.start, r.stop, r.step), r == range(0))
print(range(2**63)[2**62:][:3], list(range(2**63 + 5, 2**63 + 8)))
for i in range(2**63 - 2, 2**63 + 1): print(i)
try: range(B)[B]
except IndexError as e: print(e)
print(5.0 in range(10), range(10).count(1.0), range(10).index(3.0), range(10)[True], range(10)[2:8][-1])
