# Corpus: keyword arguments at call sites in any order, mixed with positional
# Features: keyword arguments, TypeError for bad/duplicate keywords, print sep/end, sorted key/reverse
def box(width, height, fill="#", border=True):
    rows = []
    for r in range(height):
        if border and (r == 0 or r == height - 1):
            rows.append("+" + "-" * (width - 2) + "+")
        else:
            rows.append("|" + fill * (width - 2) + "|" if border else fill * width)
    return rows

def main():
    for line in box(6, 4):
        print(line)
    for line in box(height=2, width=5, fill=".", border=False):
        print(line)
    for line in box(4, 3, border=True, fill="o"):
        print(line)
    try:
        box(3, 3, colour="red")
    except TypeError as e:
        print("TypeError:", e)
    try:
        box(3, width=4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        box(3)
    except TypeError as e:
        print("TypeError:", e)
    print("a", "b", sep=", ", end=".\n")
    print(sorted([3, 1, 2], reverse=True, key=lambda v: v % 3))
    return box(width=3, height=3)
