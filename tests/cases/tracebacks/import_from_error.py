# A failing "from ... import" marks no part of its line (CPython 3.11 positions the whole statement)
import sys
try:
    from sys import path, nonexistent as q
except ImportError as e:
    print(e)
from sys import (argv,
    missing_name)
