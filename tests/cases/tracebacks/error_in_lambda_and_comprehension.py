# tracebacks through lambdas and comprehensions
data = [3, 2, 1, 0]
inverse = lambda x: 1 / x
print([inverse(x) for x in data[:3]])
print([inverse(x) for x in data])
