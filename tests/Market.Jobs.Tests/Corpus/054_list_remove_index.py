# Corpus: list.remove and list.index including ValueError when missing
# Features: list.remove, list.index, index with start, try/except ValueError
def main():
    a = [5, 3, 5, 7, 3, 5]
    print(a.index(5), a.index(3), a.index(7), a.index(5, 1), a.index(5, 3))
    a.remove(5)
    print(a)
    a.remove(3)
    print(a)
    try:
        a.remove(42)
    except ValueError as e:
        print("remove failed:", e)
    try:
        print(a.index(42))
    except ValueError as e:
        print("index failed:", e)
    try:
        ["x", "y"].index("z")
    except ValueError as e:
        print("index failed:", e)
    while 5 in a:
        a.remove(5)
    print(a)
    return a
