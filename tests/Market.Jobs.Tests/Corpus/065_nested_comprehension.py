# Corpus: nested for/if clauses in list, dict comprehensions and generator expressions
# Features: nested comprehension, multiple for clauses, multiple if clauses, flattening, transpose
def main():
    pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1]
    print(pairs)
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    flat = [x for row in matrix for x in row]
    print(flat)
    transposed = [[row[i] for row in matrix] for i in range(3)]
    print(transposed)
    print([x for x in range(30) if x % 2 if x % 3])
    triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 25) if a * a + b * b == c * c]
    print(triples)
    table = {(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j}
    print(table)
    print(sum(x * y for x in range(5) for y in range(5) if x != y))
    words = ["ab", "cd"]
    print([w + str(n) for w in words for n in range(2)])
    return flat[::-1]
