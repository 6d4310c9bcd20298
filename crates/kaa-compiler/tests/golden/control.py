for i in range(3):
    if i == 1:
        continue
    print(i)
while True:
    break
x = [i * 2 for i in range(4) if i]
