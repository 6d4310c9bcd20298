# a generator-based parser consuming tokens via send()
def tokenizer(text):
    num = ''
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            if num:
                yield ('NUM', int(num))
                num = ''
            if ch in '+-*/()':
                yield ('OP', ch)
    if num:
        yield ('NUM', int(num))
print(list(tokenizer('12+3*(45-6)')))
def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print('matches:', matches)
        raise
gr = grep('py')
next(gr)
for line in ['python', 'rust', 'pypy', 'go']:
    gr.send(line)
gr.close()
