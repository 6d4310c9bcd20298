# NameError suggests a similar name
values = [1, 2, 3]
print(len(values))
print(valeus)
