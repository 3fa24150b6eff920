# Corpus: generator expressions consumed by sum, min, max, any, all, tuple, list, dict, join, sorted
# Features: generator expression, nested for/if in genexp, laziness with early exit, closures in genexp
def main():
    print(sum(x * x for x in range(10)), min(abs(x - 7) for x in [3, 9, 12]), max(len(w) for w in ["a", "abc", "ab"]))
    print(tuple(c.upper() for c in "abc"), list(i for i in range(5) if i != 2))
    print(dict((k, v) for k, v in zip("xyz", range(3))))
    print("-".join(str(i) for i in range(3)), sorted((x % 5 for x in range(12)), reverse=True))
    print(sum(a * b for a in range(4) for b in range(4) if a < b))
    pairs = list((i, j) for i in range(3) for j in range(i))
    print(pairs)
    g = (n * 10 for n in range(4))
    print(list(g), list(g))
    seen = []
    def tap(v):
        seen.append(v)
        return v
    print(any(tap(v) > 2 for v in range(10)), seen)
    total = sum(1 for line in "a\nb\n\nc".split("\n") if line)
    print(total)
    base = 100
    print(list(base + i for i in range(3)))
    return max((len(w), w) for w in "the quick brown fox jumps".split())
