# A JSON-like serializer, tokenizer and parser written in plain Python:
# a nested document is generated deterministically, serialized to text
# by hand, scanned character by character into tokens and parsed back
# into dicts and lists, then compared with the original.

WORDS = ["alpha", "beta", "gamma", "delta", "with \"quote\"", "tab\there", "line\nbreak", "back\\slash", "x"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n


def generate(rng, depth):
    k = rng.next(10)
    if depth <= 0 or k < 3:
        c = rng.next(6)
        if c == 0:
            return rng.next(100000) - 50000
        if c == 1:
            return (rng.next(20000) - 10000) / 16.0
        if c == 2:
            return WORDS[rng.next(len(WORDS))] + str(rng.next(100))
        if c == 3:
            return True if rng.next(2) else False
        if c == 4:
            return None
        return "k" * rng.next(5)
    if k < 6:
        return [generate(rng, depth - 1) for _ in range(rng.next(6))]
    d = {}
    for _ in range(rng.next(6)):
        d["key%d" % rng.next(50)] = generate(rng, depth - 1)
    return d


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def dump_str(s, out):
    out.append('"')
    for ch in s:
        e = ESCAPES.get(ch)
        out.append(e if e is not None else ch)
    out.append('"')


def dump(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(repr(v))
    elif isinstance(v, str):
        dump_str(v, out)
    elif isinstance(v, list):
        out.append("[")
        first = True
        for item in v:
            if not first:
                out.append(", ")
            first = False
            dump(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key, item in v.items():
            if not first:
                out.append(", ")
            first = False
            dump_str(key, out)
            out.append(": ")
            dump(item, out)
        out.append("}")


UNESCAPE = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def tokenize(text):
    toks = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " " or ch == "\n":
            i += 1
        elif ch in "{}[],:":
            toks.append((ch, None))
            i += 1
        elif ch == '"':
            i += 1
            buf = []
            while True:
                c = text[i]
                if c == '"':
                    break
                if c == "\\":
                    i += 1
                    buf.append(UNESCAPE[text[i]])
                else:
                    buf.append(c)
                i += 1
            toks.append(("str", "".join(buf)))
            i += 1
        elif ch == "-" or "0" <= ch <= "9":
            j = i + 1
            is_float = False
            while j < n and (text[j] in "0123456789.eE+-"):
                if text[j] in ".eE":
                    is_float = True
                j += 1
            lit = text[i:j]
            toks.append(("num", float(lit) if is_float else int(lit)))
            i = j
        elif text.startswith("true", i):
            toks.append(("lit", True))
            i += 4
        elif text.startswith("false", i):
            toks.append(("lit", False))
            i += 5
        elif text.startswith("null", i):
            toks.append(("lit", None))
            i += 4
        else:
            raise ValueError("bad character %r at %d" % (ch, i))
    return toks


def parse(toks, pos):
    kind, val = toks[pos]
    if kind == "[":
        items = []
        pos += 1
        if toks[pos][0] == "]":
            return items, pos + 1
        while True:
            item, pos = parse(toks, pos)
            items.append(item)
            if toks[pos][0] == ",":
                pos += 1
            else:
                return items, pos + 1
    if kind == "{":
        d = {}
        pos += 1
        if toks[pos][0] == "}":
            return d, pos + 1
        while True:
            key = toks[pos][1]
            item, pos = parse(toks, pos + 2)
            d[key] = item
            if toks[pos][0] == ",":
                pos += 1
            else:
                return d, pos + 1
    return val, pos + 1


def main():
    rng = Rng(99)
    doc = [generate(rng, 7) for _ in range(300)]
    total = 0
    text = ""
    for _ in range(5):
        out = []
        dump(doc, out)
        text = "".join(out)
        toks = tokenize(text)
        back, end = parse(toks, 0)
        if back != doc or end != len(toks):
            print("round trip failed")
        total += len(text) + len(toks)
    print("chars", len(text))
    print(text[:120])
    print("checksum", total)


main()
