# __iter__ written as a generator, and __reversed__, __len__
class Deck:
    suits = 'SH'
    ranks = 'A23'
    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    def __len__(self):
        return len(self.suits) * len(self.ranks)
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, card):
        return len(card) == 2 and card[0] in self.ranks and card[1] in self.suits
d = Deck()
print(list(d), len(d), list(reversed(d)), 'AH' in d, 'KH' in d)
print(sorted(d), max(d), dict.fromkeys(d, 0) == {c: 0 for c in d}, list(zip(d, range(2))))
it1, it2 = iter(d), iter(d)
print(next(it1), next(it1), next(it2))
print(list(enumerate(d))[-1], ','.join(d), [c for c in d if 'H' in c])
