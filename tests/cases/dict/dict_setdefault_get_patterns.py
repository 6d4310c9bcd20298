# get/setdefault/pop patterns and their argument errors
inventory = {'apple': 3}
print(inventory.get('apple', 0) + 1, inventory.get('pear', 0) + 1)
index = {}
for word in 'one two three two one one'.split():
    index.setdefault(word, []).append(len(index.get(word, [])))
print(index)
print(inventory.pop('apple'), inventory.pop('apple', None), inventory)
for call in [lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(), lambda: {}.setdefault(),
             lambda: {}.setdefault([], 1), lambda: {}.get([])]:
    try:
        print(call())
    except TypeError as e:
        print(e)
print({}.get('k', 'default'), {'k': None}.get('k', 'default'))
