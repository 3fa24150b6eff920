# Corpus: basic string operations: concatenation, repetition, len, indexing
# Features: str, +, *, len, indexing, negative index, in, comparisons
def main():
    s = "Market"
    print(s, len(s), s[0], s[-1], s[2], s[-3])
    print(s + "place", s * 3, "-" * 20, 3 * "ab", "x" * 0, "y" * -2)
    print("ark" in s, "Ark" in s, "" in s, "z" not in s)
    print(s == "Market", s != "market", s < "Marketing", "apple" < "banana")
    empty = ""
    print(len(empty), repr(empty), empty + s, bool(empty))
    t = ""
    for ch in s:
        t = ch + t
    print(t)
    print("line1\nline2\ttabbed")
    print('single "double" inside', "double 'single' inside")
    return s[1] + s[3] + s[5]
