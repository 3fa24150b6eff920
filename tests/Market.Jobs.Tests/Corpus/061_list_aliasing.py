# Corpus: aliasing: two names bound to one list, mutation visible through both
# Features: aliasing, is, is not, ==, copy(), list(), function argument mutation
def add_item(lst, x):
    lst.append(x)
    return lst

def rebind(lst):
    lst = [0]
    return lst

def main():
    a = [1, 2, 3]
    b = a
    b.append(4)
    print(a, b, a is b, a == b)
    c = a.copy()
    d = list(a)
    e = a[:]
    c.append(5)
    print(a, c, c is a, d is a, e is a, d == a)
    r = add_item(a, 9)
    print(a, r is a)
    s = rebind(a)
    print(a, s)
    grid = [a, a]
    grid[0][0] = "shared"
    print(grid, a)
    x = y = []
    x.append(1)
    print(x, y, x is y)
    holder = {"list": a}
    holder["list"].pop()
    print(a, a is not b, a is not c)
    return (a, b is a)
