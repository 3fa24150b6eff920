# Corpus: IndexError and KeyError messages from lists, tuples, strings, dicts and pops
# Features: IndexError, KeyError, print(e), pop from empty list, str index, tuple index
def main():
    cases = [
        lambda: [1, 2, 3][3],
        lambda: [1, 2, 3][-4],
        lambda: (1, 2)[2],
        lambda: "abc"[10],
        lambda: [].pop(),
        lambda: [1].pop(5),
        lambda: range(3)[3],
    ]
    for c in cases:
        try:
            c()
        except IndexError as e:
            print("IndexError:", e)
    d = {"a": 1, 2: "two", (1, 2): "t"}
    for key in ["b", 3, (2, 1), "a"]:
        try:
            print("value", d[key])
        except KeyError as e:
            print("KeyError:", e)
    try:
        {}.pop("missing")
    except KeyError as e:
        print("KeyError:", e)
    lst = [0, 1]
    try:
        lst[5] = 1
    except IndexError as e:
        print("IndexError:", e)
    return len(cases)
