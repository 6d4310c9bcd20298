# Sudoku solving by constraint propagation and backtracking.  Puzzles are
# generated deterministically: a valid grid is built from a pattern,
# shuffled with a fixed pseudo-random sequence, then cells are blanked.
# The solver uses candidate bitmasks and picks the most constrained cell.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def shuffled(rng, items):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = rng.next(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def make_puzzle(rng, blanks):
    rows = [g * 3 + r for g in shuffled(rng, range(3)) for r in shuffled(rng, range(3))]
    cols = [g * 3 + c for g in shuffled(rng, range(3)) for c in shuffled(rng, range(3))]
    nums = shuffled(rng, range(1, 10))
    grid = [nums[(3 * (r % 3) + r // 3 + c) % 9] for r in rows for c in cols]
    cells = shuffled(rng, range(81))
    for k in cells[:blanks]:
        grid[k] = 0
    return grid


PEERS = []
for _cell in range(81):
    _r, _c = divmod(_cell, 9)
    _br, _bc = _r - _r % 3, _c - _c % 3
    _p = set()
    for _i in range(9):
        _p.add(_r * 9 + _i)
        _p.add(_i * 9 + _c)
    for _i in range(3):
        for _j in range(3):
            _p.add((_br + _i) * 9 + _bc + _j)
    _p.discard(_cell)
    PEERS.append(sorted(_p))

BITS = [1 << d for d in range(10)]
ALL = 0b1111111110


def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


POP = [popcount(i) for i in range(1024)]


class Solver:
    def __init__(self, grid):
        self.grid = list(grid)
        self.nodes = 0

    def candidates(self, cell):
        used = 0
        g = self.grid
        for p in PEERS[cell]:
            used |= BITS[g[p]]
        return ALL & ~used

    def solve(self):
        self.nodes += 1
        g = self.grid
        best = -1
        best_mask = 0
        best_count = 10
        for cell in range(81):
            if g[cell] == 0:
                mask = self.candidates(cell)
                n = POP[mask]
                if n == 0:
                    return False
                if n < best_count:
                    best, best_mask, best_count = cell, mask, n
                    if n == 1:
                        break
        if best < 0:
            return True
        for d in range(1, 10):
            if best_mask & BITS[d]:
                g[best] = d
                if self.solve():
                    return True
        g[best] = 0
        return False


def main():
    rng = Rng(2024)
    total = 0
    solved = 0
    for i in range(160):
        puzzle = make_puzzle(rng, 56 + i % 6)
        s = Solver(puzzle)
        if s.solve():
            solved += 1
            g = s.grid
            total += sum(g[k] * (k + 1) for k in range(81)) + s.nodes
    print("solved", solved)
    print("checksum", total)


main()
