# Corpus: TypeError messages for mixing incompatible types and calling non-callables
# Features: TypeError, str + int, int + str, len(int), unhashable key, calling int, comparisons
def two(a, b):
    return a + b

def main():
    NOT_CALLABLE = 5
    KEY = "0"
    cases = [
        lambda: "a" + 1,
        lambda: 1 + "a",
        lambda: [1] + (2,),
        lambda: len(5),
        lambda: {[1]: 2},
        lambda: NOT_CALLABLE(),
        lambda: "abc" < 3,
        lambda: None + 1,
        lambda: "x" * 2.5,
        lambda: [1, 2][KEY],
        lambda: sum(["a", "b"]),
        lambda: abs("x"),
    ]
    for i, c in enumerate(cases):
        try:
            c()
            print(i, "ok")
        except TypeError as e:
            print(i, "TypeError:", e)
    try:
        two(1)
    except TypeError as e:
        print("call:", e)
    try:
        two(1, 2, 3)
    except TypeError as e:
        print("call:", e)
    return "checked"
