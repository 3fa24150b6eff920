# Corpus: growing lists with append and extend
# Features: list.append, list.extend, extend with str/range/tuple, nested append
def main():
    a = []
    for i in range(5):
        a.append(i * i)
    print(a)
    a.extend([100, 200])
    a.extend(range(3))
    a.extend("hi")
    a.extend((7, 8))
    print(a, len(a))
    b = [1]
    b.append([2, 3])
    b.extend([[4, 5]])
    print(b, len(b))
    c = [1, 2]
    c.extend(c)
    print(c)
    r = c.append(9)
    print(r, c)
    matrix = []
    for i in range(3):
        row = []
        for j in range(3):
            row.append(i * j)
        matrix.append(row)
    print(matrix)
    return a
