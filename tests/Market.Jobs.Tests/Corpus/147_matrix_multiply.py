# Corpus: realistic job: matrix multiplication, transpose, identity, powers, determinant
# Features: nested lists, triple loops, comprehensions, zip, big ints via matrix power, floats
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            if aik == 0:
                continue
            row_b = b[k]
            row_c = c[i]
            for j in range(p):
                row_c[j] += aik * row_b[j]
    return c

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result

def det(m):
    n = len(m)
    a = [[float(x) for x in row] for row in m]
    d = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return 0.0
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            d = -d
        d *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return d

def main():
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    print(matmul(a, b))
    print([list(r) for r in zip(a[0], a[1])])
    fib = matpow([[1, 1], [1, 0]], 300)
    print(fib[0][1])
    n = 24
    m = [[(i * 7 + j * 3) % 11 - 5 for j in range(n)] for i in range(n)]
    sq = matmul(m, m)
    print(sum(sum(r) for r in sq), sq[0][:6], sq[-1][-3:])
    print(round(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), 9), det([[1, 2], [2, 4]]))
    print(round(det([[float(i == j) * 2 + 0.5 for j in range(6)] for i in range(6)]), 6))
    return matmul(identity(2), [[5, 6], [7, 8]])
