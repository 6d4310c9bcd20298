# N-queens by backtracking: count all solutions for several board sizes
# with a recursive solver using lists of booleans for columns and
# diagonals, plus a bitmask solver.


def solve_lists(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return count


def solve_bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


def first_solution(n):
    board = []

    def ok(col):
        row = len(board)
        for r, c in enumerate(board):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def go():
        if len(board) == n:
            return True
        for col in range(n):
            if ok(col):
                board.append(col)
                if go():
                    return True
                board.pop()
        return False

    go()
    return board


def main():
    results = [solve_lists(n) for n in range(4, 12)]
    bits = [solve_bits(n) for n in range(4, 13)]
    sol = first_solution(16)
    print("lists", results)
    print("bits", bits)
    print("first(16)", sol)
    print("checksum", sum(results) * 3 + sum(bits) * 7 + sum(i * c for i, c in enumerate(sol)))


main()
