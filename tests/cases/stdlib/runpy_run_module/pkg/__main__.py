"""pkg main doc"""
print('  [pkg/__main__ runs as', __name__, __package__ + ']')
