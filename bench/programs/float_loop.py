# Floating-point arithmetic in loops: a Mandelbrot escape-time grid,
# Simpson integration and Newton iteration.


def mandelbrot(width, height, max_iter):
    total = 0
    for py in range(height):
        ci = -1.2 + 2.4 * py / height
        for px in range(width):
            cr = -2.0 + 2.8 * px / width
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
    return total


def f(x):
    return 4.0 / (1.0 + x * x)


def simpson(a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        if i % 2:
            s += 4.0 * f(x)
        else:
            s += 2.0 * f(x)
    return s * h / 3.0


def newton_sqrt_sum(n):
    total = 0.0
    for k in range(1, n):
        v = float(k)
        x = v
        for _ in range(6):
            x = 0.5 * (x + v / x)
        total += x
    return total


def main():
    m = mandelbrot(300, 200, 100)
    pi = simpson(0.0, 1.0, 600000)
    s = newton_sqrt_sum(150000)
    print("mandelbrot", m)
    print("pi %.12f" % pi)
    print("sqrt-sum %.6f" % s)
    print("checksum", m + int(pi * 1e9) + int(s))


main()
