# Corpus: ValueError messages from conversions and list operations
# Features: ValueError, int(), float(), list.remove, list.index, unpacking, math.sqrt domain
import math

def main():
    cases = [
        lambda: int("abc"),
        lambda: int("12.5"),
        lambda: int(""),
        lambda: float("x1"),
        lambda: [1, 2].remove(3),
        lambda: [1, 2].index(3),
        lambda: math.sqrt(-1),
        lambda: math.log(0),
        lambda: math.isqrt(-4),
        lambda: "a b".split(""),
        lambda: chr(-1),
    ]
    for i, c in enumerate(cases):
        try:
            c()
            print(i, "ok")
        except ValueError as e:
            print(i, "ValueError:", e)
    try:
        a, b = "xyz"
    except ValueError as e:
        print("unpack:", e)
    return "checked"
