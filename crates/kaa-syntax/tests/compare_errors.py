"""Compares kaa's SyntaxErrors with CPython's for a corpus of bad snippets.

usage: python3 tests/compare_errors.py KAA_SYNTAX_ERRORS_BINARY CORPUS [-v]
Only parser errors count (the AST is built with PyCF_ONLY_AST, so symbol-table and
compiler errors are not CPython's answer here). A snippet matches when the exception class,
message, lineno and offset agree; end positions are reported separately. CPython's -1
end_offset is compared as 0 (kaa stores offsets unsigned).
"""
import ast
import subprocess
import sys


def cpython(src):
    try:
        compile(src, '<s>', 'exec', ast.PyCF_ONLY_AST)
        return 'OK'
    except SyntaxError as e:
        return '%s|%s|%s|%s|%s|%s' % (type(e).__name__, str(e.msg).replace('\n', '\\n'), e.lineno,
                                      e.offset, e.end_lineno, max(0, e.end_offset or 0))
    except (RecursionError, MemoryError) as e:
        return 'RecursionError|maximum recursion depth exceeded during compilation|0|0|0|0'


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    text = open(corpus, encoding='utf-8').read()
    snippets = text.split('\n#----\n')
    kaa = subprocess.run([binary, corpus], capture_output=True, text=True).stdout.splitlines()
    assert len(kaa) == len(snippets), (len(kaa), len(snippets))
    full = head = msg_only = 0
    for src, k in zip(snippets, kaa):
        c = cpython(src)
        if c == k:
            full += 1
            head += 1
            msg_only += 1
            continue
        cp, kp = c.split('|'), k.split('|')
        if cp[:4] == kp[:4]:
            head += 1
            msg_only += 1
            if verbose:
                print('END  ', repr(src[:60]), '\n   cpython:', c, '\n   kaa:    ', k)
            continue
        if cp[:2] == kp[:2]:
            msg_only += 1
        if verbose:
            print('DIFF ', repr(src[:60]), '\n   cpython:', c, '\n   kaa:    ', k)
    n = len(snippets)
    print('snippets: %d' % n)
    print('class+msg+lineno+offset match: %d (%.1f%%)' % (head, 100.0 * head / n))
    print('all six fields match:          %d (%.1f%%)' % (full, 100.0 * full / n))
    print('class+msg match:               %d (%.1f%%)' % (msg_only, 100.0 * msg_only / n))


main()
