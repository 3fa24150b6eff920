# Corpus: chained assignment, shared references and evaluation order of targets
# Features: a = b = c, chained assignment with subscripts, aliasing, unpacking in chains
def main():
    a = b = c = 0
    print(a, b, c)
    a += 1
    print(a, b, c)
    x = y = []
    x.append("shared")
    print(x, y)
    lst = [0, 0, 0]
    i = 0
    i = lst[i] = 2
    print(i, lst)
    d = {}
    d["a"] = d["b"] = [1]
    d["a"].append(2)
    print(d)
    p, q = r = (1, 2)
    print(p, q, r)
    m = n = "str"
    m += "!"
    print(m, n)
    return (a, b, c, lst)
