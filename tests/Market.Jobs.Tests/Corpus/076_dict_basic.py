# Corpus: dict literals, lookup, assignment, len, membership and repr
# Features: dict, d[k], d[k] = v, len, in, repr of dicts, mixed key types
def main():
    d = {"one": 1, "two": 2}
    d["three"] = 3
    d["one"] = 100
    print(d, len(d), d["two"], "two" in d, 2 in d)
    e = {}
    print(e, len(e), bool(e))
    mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
    print(mixed)
    print(mixed[1], mixed[(1, 2)], mixed[None])
    nested = {"a": {"b": {"c": 42}}}
    print(nested["a"]["b"]["c"])
    nested["a"]["b"]["d"] = [1, 2]
    print(nested)
    print(dict(), dict([("x", 1), ("y", 2)]), dict({"z": 0}))
    return d
