# Corpus: loops over enumerate and zip with tuple targets, parallel iteration
# Features: enumerate, zip, for with tuple targets, list building, dot product
def main():
    xs = [1.5, 2.0, -1.0]
    ys = [4.0, 0.5, 2.0]
    dot = 0.0
    for x, y in zip(xs, ys):
        dot += x * y
    print("dot", dot)
    for i, (x, y) in enumerate(zip(xs, ys)):
        print(i, x, y, x * y)
    letters = "abcde"
    for idx, ch in enumerate(letters):
        if idx % 2 == 0:
            print(idx, ch)
    pairs = list(zip(letters, letters[1:]))
    print(pairs)
    diffs = [b - a for a, b in zip([1, 4, 9, 16, 25], [4, 9, 16, 25])]
    print(diffs)
    return list(enumerate(zip("xy", [1, 2])))
