# Corpus: lists and dicts that contain themselves print as [...] / {...}
# Features: recursive containers, repr of cycles, aliasing, len
def main():
    a = [1, 2]
    a.append(a)
    print(a)
    print(len(a), a[2] is a, a[2][2][0])
    d = {"name": "loop"}
    d["self"] = d
    print(d)
    b = [a, 3]
    print(b)
    x = []
    y = [x]
    x.append(y)
    print(x, y)
    t = (a,)
    print(t)
    e = {"k": [1]}
    e["k"].append(e)
    print(e)
    print(repr(a), str(d))
    return [a[0], a[1]]
