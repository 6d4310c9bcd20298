//! Numeric text formatting and hashing as CPython 3.11.
