# Corpus: keys that compare equal (1, 1.0, True) collapse into one dict entry
# Features: dict key equality, 1 == 1.0 == True, key identity kept from first insert
def main():
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    print(d, len(d))
    e = {True: "a", 1: "b", 1.0: "c"}
    print(e)
    f = {0: "zero", False: "false", 0.0: "zero float"}
    print(f)
    g = {}
    for k in [2, 2.0, 3, "2"]:
        g[k] = g.get(k, 0) + 1
    print(g)
    print(d[True], d[1], f[False])
    return (len(e), e[1])
