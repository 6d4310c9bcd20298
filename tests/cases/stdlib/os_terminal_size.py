# os.terminal_size, os.get_terminal_size on a pipe, shutil.get_terminal_size.
import os, shutil, sys
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 50)))
try:
    os.get_terminal_size(sys.stdout.fileno())
except OSError as e:
    print(type(e).__name__, e)
t = os.terminal_size((3, 4))
print(t, t.columns, t.lines, tuple(t), type(t).__name__)
os.environ['COLUMNS'] = '120'
print(shutil.get_terminal_size())
