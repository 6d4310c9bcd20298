# recursive generators: permutations, tree walks
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest
print([''.join(p) for p in perms('abc')])
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
def walk(node, depth=0):
    name, children = node
    yield '  ' * depth + name
    for child in children:
        yield from walk(child, depth + 1)
for line in walk(tree):
    print(line)
def subsets(s):
    if not s:
        yield []
        return
    for rest in subsets(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(subsets([1, 2, 3])))
