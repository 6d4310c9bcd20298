"""Abstract base classes for containers (PEP 3119), re-exported from _collections_abc."""

from _collections_abc import *
from _collections_abc import __all__
