# traceback through a closure returned from a factory
def make_divider(d):
    def divide(n):
        return n / d
    return divide
half = make_divider(2)
print(half(10))
broken = make_divider(0)
print(broken(1))
