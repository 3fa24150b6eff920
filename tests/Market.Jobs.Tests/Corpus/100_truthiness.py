# Corpus: truthiness of all value kinds in if/while/bool
# Features: bool(), truth testing of int/float/str/list/tuple/dict/range/None/function
def f():
    return 1

def main():
    vals = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [[]], (), (0,), {}, {0: 0}, range(0), range(1), None, True, False, f]
    for v in vals:
        if v:
            res = "truthy"
        else:
            res = "falsy"
        print(repr(v) if v is not f else "function", res, bool(v))
    items = [3, 0, 2]
    while items:
        items.pop()
    print(items)
    return [bool(v) for v in vals[:10]]
