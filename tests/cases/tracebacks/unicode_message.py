# non-ASCII exception messages
print('héllo')
raise ValueError('données invalides: ü ∑ 日本')
