# Corpus: recursion over nested lists/dicts: flatten, depth, deep copy, pretty printing
# Features: recursion, isinstance, nested containers, dict.items, string building
def flatten(x):
    if isinstance(x, list) or isinstance(x, tuple):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(i) for i in x], default=0)
    if isinstance(x, dict):
        return 1 + max([depth(v) for v in x.values()], default=0)
    return 0

def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x

def show(x, indent):
    pad = "  " * indent
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(v, dict) or isinstance(v, list):
                print(pad + str(k) + ":")
                show(v, indent + 1)
            else:
                print(pad + str(k) + ": " + repr(v))
    elif isinstance(x, list):
        for v in x:
            if isinstance(v, dict) or isinstance(v, list):
                print(pad + "-")
                show(v, indent + 1)
            else:
                print(pad + "- " + repr(v))

def main():
    data = [1, [2, (3, 4)], [[[5]]], [], "six"]
    print(flatten(data), depth(data), depth([]), depth(7))
    doc = {"name": "job", "tags": ["a", "b"], "spec": {"cpu": 2, "env": {"K": "v"}, "ports": [80, [443]]}}
    c = deep_copy(doc)
    c["spec"]["env"]["K"] = "changed"
    print(doc["spec"]["env"], c["spec"]["env"], depth(doc))
    show(doc, 0)
    return flatten(doc["spec"]["ports"])
