# redirecting sys.stdout into a StringIO
import io
import sys
saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print('captured', 1, 2)
print('second')
sys.stdout = saved
print('restored')
print(repr(capture.getvalue()))
print(sys.stdout is sys.__stdout__)
