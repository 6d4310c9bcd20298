# statements with trivial bodies
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
class Empty:
    pass
def nothing():
    pass
with open(__file__) as fh:
    pass
print(fh.closed, nothing(), Empty.__name__, i)
