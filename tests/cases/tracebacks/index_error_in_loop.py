# IndexError deep inside a loop in a function
def pairs(seq):
    return [(seq[i], seq[i + 1]) for i in range(len(seq))]
print(pairs([1, 2]) if False else 'computing')
pairs([1, 2, 3])
