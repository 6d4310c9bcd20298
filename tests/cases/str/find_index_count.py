# searching in strings
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''))
print(s.find('o', 13, 20), s.find('', 5), s.find('', 100), s.count('o', 0, 15))
print(s.find('dog', -3), s.find('dog', -4), s.rfind('o', 0, -10))
print('aaaa'.count('aa'), 'abc'.count('', 1, 2), ''.count(''))
print(s.startswith('the'), s.startswith(('a', 'the')), s.startswith('quick', 4), s.endswith('dog'))
print(s.endswith(('cat', 'dog')), s.endswith('lazy', 0, -4), ''.startswith(''))
print('quick' in s, 'slow' not in s, '' in s)
for call in [lambda: s.index('cat'), lambda: s.rindex('cat'), lambda: s.startswith(['the']),
             lambda: s.find(1), lambda: 1 in s]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
