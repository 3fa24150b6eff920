# Corpus: f-string alignment and padding of strings and numbers
# Features: f-string <6, >8, ^7, fill characters, d, width, integer formatting
def main():
    names = ["a", "bob", "charlotte", ""]
    for nm in names:
        print(f"[{nm:<6}] [{nm:>8}] [{nm:^7}] [{nm:*^9}] [{nm:->5}]")
    for n in [0, 7, -42, 12345, 10 ** 8]:
        print(f"[{n:d}] [{n:>8}] [{n:<8d}] [{n:^9}] [{n:06d}] [{n:_>7}]")
    rows = [("x", 1.5), ("longer", 22.25)]
    for k, v in rows:
        print(f"{k:<8}|{v:>8.2f}|{v:^10.1f}|")
    return f"{'mid':^11}"
