# exceptions raised while executing a class body
print('defining')
class Broken:
    x = 1
    y = x / 0
