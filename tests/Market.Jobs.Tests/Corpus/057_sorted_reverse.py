# Corpus: sorted with reverse, reversed() iterator, list.reverse
# Features: sorted reverse=True, reversed, list.reverse, range reversed
def main():
    data = [4, 1, 3, 1, 5, 9, 2, 6]
    print(sorted(data, reverse=True))
    print(list(reversed(data)))
    c = data.copy()
    c.reverse()
    print(c, data)
    print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2, 3))))
    for i in reversed(range(3)):
        print("countdown", i)
    print(sorted(["b", "A", "c"], reverse=True))
    return sorted(data, key=lambda x: -x) == sorted(data, reverse=True)
