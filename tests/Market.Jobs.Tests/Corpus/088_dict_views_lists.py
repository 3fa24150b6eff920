# Corpus: keys/values/items turned into lists, tuples and sorted sequences; views reflect changes
# Features: dict.keys, dict.values, dict.items, list(), len of views, live view update
def main():
    d = {"b": 2, "a": 1, "c": 3}
    ks = d.keys()
    vs = d.values()
    its = d.items()
    print(list(ks), list(vs), list(its))
    d["d"] = 4
    print(list(ks), len(vs), len(its))
    print(sorted(ks), sorted(vs, reverse=True), tuple(its)[0])
    print("a" in ks, 4 in vs, ("c", 3) in its)
    total = 0
    for v in d.values():
        total += v
    print(total)
    print([k * v for k, v in d.items()])
    return list(d.items())
