# Corpus: membership tests in lists, tuples, dicts, ranges and strings
# Features: in, not in, list, tuple, dict keys, range, equality-based membership
def main():
    lst = [1, "two", 3.0, None, [4]]
    print(1 in lst, "two" in lst, 3 in lst, None in lst, [4] in lst, 4 in lst, 1.0 in lst)
    tup = (1, 2, 3)
    print(2 in tup, 5 not in tup)
    d = {"a": 1, "b": 2}
    print("a" in d, 1 in d, "c" not in d, 1 in d.values(), ("a", 1) in d.items())
    r = range(0, 100, 7)
    print(14 in r, 15 in r, 98 in r, -7 in r, 7.0 in r)
    print("ell" in "hello", "" in "", "x" in "")
    seen = []
    for ch in "mississippi":
        if ch not in seen:
            seen.append(ch)
    print(seen)
    return [k for k in ["a", "z", "b"] if k in d]
