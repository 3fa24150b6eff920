# Corpus: strip, lstrip and rstrip with and without a character set
# Features: str.strip, lstrip, rstrip, repr of results, chars argument
def main():
    samples = ["  padded  ", "\t\ntabs\n\t", "none", "   ", "", "xxhixx"]
    for s in samples:
        print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("xxhixx".strip("x"), "xyxhiyx".strip("xy"), "--a--".lstrip("-"), "--a--".rstrip("-"))
    print("0001200".lstrip("0"), "0001200".rstrip("0"), "www.example.com".strip("cmowz."))
    lines = ["  alpha ", "beta   ", "   gamma"]
    cleaned = [l.strip() for l in lines]
    print(cleaned, [len(l) for l in lines], [len(l) for l in cleaned])
    return "  result  ".strip()
