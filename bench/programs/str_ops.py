# str methods and operations: split, join, replace, find, count,
# case conversion, strip, startswith/endswith, slicing, indexing,
# ord/chr, comparisons, `in`, repetition and character classification.


def make_text(n):
    words = ["alpha", "Beta", "gamma", "delta42", "  eps ", "zeta", "eta_7", "THETA", "iota", "kappa"]
    out = []
    seed = 3
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(words[seed % len(words)])
    return " ".join(out)


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def main():
    text = make_text(360000)
    total = len(text)
    words = text.split()
    total += len(words)
    lines = [text[i:i + 80] for i in range(0, len(text), 80)]
    for line in lines:
        s = line.strip()
        total += len(s)
        if s.startswith("a"):
            total += 1
        if s.endswith("a"):
            total += 2
        total += s.count("a") + s.find("eta") + s.rfind(" ")
        u = s.upper()
        total += u.count("A")
        total += len(s.replace("a", "AA"))
        total += len(s.lower().split("e"))
    for w in words:
        if w.isalpha():
            total += 1
        elif w.isdigit():
            total += 2
        total += len(w.lstrip("ab"))
        if "et" in w:
            total += 3
        if w < "gamma":
            total += 1
        total += ord(w[0]) + ord(w[-1])
    enc = caesar(text[:600000], 3)
    total += len(enc) + ord(enc[5000])
    total += text.index("zeta")
    rev = text[::-1]
    total += rev.find("atez")
    parts = text.partition("kappa")
    total += len(parts[0])
    total += len("-" * 1000 + "ab" * 500)
    print("checksum", total)


main()
