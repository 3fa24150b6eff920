# Corpus: divmod with positive, negative, float and big-int operands
# Features: divmod, tuple results, tuple unpacking, negatives
def main():
    cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (100, 10)]
    for a, b in cases:
        q, r = divmod(a, b)
        print(a, b, divmod(a, b), q, r)
    print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
    print(divmod(2 ** 100, 12345), divmod(-(2 ** 100), 12345))
    secs = 987654
    m, s = divmod(secs, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    print(d, "days", h, "hours", m, "minutes", s, "seconds")
    return divmod(-1, 3)
