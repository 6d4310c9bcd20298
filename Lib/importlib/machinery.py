"""The import system's finders, loaders and specs (kaa's importlib.machinery)."""

from importlib._bootstrap import (
    ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder, FileFinder,
    SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader,
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, all_suffixes,
)
