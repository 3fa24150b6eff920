# Corpus: augmented assignment operators on names, subscripts and sequences
# Features: += -= *= /= //= %= **=, list +=, str +=, subscript targets
def main():
    x = 10
    x += 5
    x -= 3
    x *= 4
    print(x)
    x //= 7
    print(x)
    x %= 4
    x **= 5
    print(x)
    x /= 8
    print(x)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    lst = [1, 2]
    alias = lst
    lst += [3, 4]
    print(lst, alias, lst is alias)
    t = (1,)
    t2 = t
    t += (2,)
    print(t, t2)
    d = {"a": 1, "b": [1]}
    d["a"] += 10
    d["b"] += [2]
    d["b"][0] -= 5
    print(d)
    grid = [[0] * 3 for _ in range(2)]
    for i in range(2):
        for j in range(3):
            grid[i][j] += i * 3 + j
            grid[i][j] **= 2
    print(grid)
    return (x, s, lst)
