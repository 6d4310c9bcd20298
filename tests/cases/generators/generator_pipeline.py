# chained generators form a lazy pipeline
def read(lines):
    for line in lines:
        print('read', repr(line))
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def nonempty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f'{i}: {line}'
data = ['  alpha ', '', ' beta', '   ', 'gamma  ']
for out in numbered(nonempty(strip(read(data)))):
    print(out)
def batch(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(batch(range(7), 3)))
