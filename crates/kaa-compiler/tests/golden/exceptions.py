try:
    f()
except ValueError as e:
    g(e)
finally:
    h()
with open('x') as fp:
    pass
