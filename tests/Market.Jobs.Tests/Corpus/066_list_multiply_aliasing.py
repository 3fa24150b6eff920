# Corpus: sequence repetition shares inner objects (the [[0]*3]*3 pitfall)
# Features: list *, aliasing, is, list comprehension, nested lists
def main():
    bad = [[0] * 3] * 3
    bad[0][0] = 1
    print(bad, bad[0] is bad[1])
    good = [[0] * 3 for _ in range(3)]
    good[0][0] = 1
    print(good, good[0] is good[1])
    row = [0, 0]
    rows = [row] * 2
    row.append(7)
    print(rows)
    t = ([],) * 3
    t[0].append("x")
    print(t)
    s = ["ab"] * 3
    s[0] = "cd"
    print(s)
    return bad
