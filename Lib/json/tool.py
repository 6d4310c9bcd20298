"""Command-line tool to validate and pretty-print JSON: ``python -m json.tool [infile
[outfile]]`` with ``--sort-keys``, ``--no-ensure-ascii``, ``--json-lines``, ``--indent``,
``--tab``, ``--no-indent`` and ``--compact``."""

import sys
import json


def _usage():
    return ('usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii] '
            '[--json-lines] [--indent INDENT | --tab | --no-indent | --compact] '
            '[infile] [outfile]')


def main(argv=None):
    """Run the tool on ``argv`` (default ``sys.argv[1:]``)."""
    args = sys.argv[1:] if argv is None else list(argv)
    sort_keys = False
    ensure_ascii = True
    json_lines = False
    indent = 4
    separators = None
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-h', '--help'):
            print(_usage())
            return
        if a == '--sort-keys':
            sort_keys = True
        elif a == '--no-ensure-ascii':
            ensure_ascii = False
        elif a == '--json-lines':
            json_lines = True
        elif a == '--indent':
            i += 1
            indent = int(args[i])
        elif a == '--tab':
            indent = '\t'
        elif a == '--no-indent':
            indent = None
        elif a == '--compact':
            indent = None
            separators = (',', ':')
        else:
            files.append(a)
        i += 1
    infile = open(files[0], encoding='utf-8') if files else sys.stdin
    outfile = open(files[1], 'w', encoding='utf-8') if len(files) > 1 else sys.stdout
    try:
        try:
            if json_lines:
                objs = [json.loads(line) for line in infile]
            else:
                objs = [json.load(infile)]
        finally:
            if infile is not sys.stdin:
                infile.close()
        for obj in objs:
            json.dump(obj, outfile, sort_keys=sort_keys, indent=indent,
                      ensure_ascii=ensure_ascii, separators=separators)
            outfile.write('\n')
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if outfile is not sys.stdout:
            outfile.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
