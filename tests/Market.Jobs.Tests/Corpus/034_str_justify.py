# Corpus: rjust and ljust (with fill characters) to build text tables
# Features: str.rjust, str.ljust, fill char, widths smaller than the string
def main():
    rows = [("apples", 3, 1.25), ("kiwis", 12, 0.5), ("watermelons", 1, 4.0)]
    print("item".ljust(12) + "qty".rjust(5) + "price".rjust(8))
    for name, qty, price in rows:
        print(name.ljust(12) + str(qty).rjust(5) + str(price).rjust(8))
    print(repr("ab".rjust(5, "*")), repr("ab".ljust(5, "-")), repr("abcdef".rjust(3)), repr("x".ljust(0)))
    for i in range(1, 6):
        print(("#" * i).rjust(5), ("#" * i).ljust(5, "."), "|")
    print(str(42).rjust(6, "0"), str(-42).rjust(6, "0"))
    return "end".rjust(7, "~")
