# Corpus: dict insertion order is preserved; pop and re-insert moves a key to the end
# Features: dict ordering, dict.pop, pop with default, del, re-insertion, keys list
def main():
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    print(list(d))
    v = d.pop("b")
    print(v, d)
    d["b"] = 20
    print(d, list(d.keys()))
    d["a"] = 10
    print(d)
    del d["c"]
    d["c"] = 30
    print(d)
    print(d.pop("zz", "missing"), d.pop("a", None), d)
    try:
        d.pop("zz")
    except KeyError as e:
        print("KeyError:", e)
    order = {}
    for k in [5, 3, 9, 3, 1, 5]:
        if k in order:
            order.pop(k)
        order[k] = True
    print(list(order))
    return d
