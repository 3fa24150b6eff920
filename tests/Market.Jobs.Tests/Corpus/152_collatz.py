# Corpus: realistic job: Collatz sequences, longest chain with memo, peak values
# Features: while loops, dict memo, max with key, big intermediate values, list building
def collatz_len(n, memo):
    path = []
    while n not in memo:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = memo[n]
    for v in reversed(path):
        length += 1
        memo[v] = length
    return length

def main():
    memo = {1: 1}
    lengths = [collatz_len(n, memo) for n in range(1, 21)]
    print(lengths)
    best = max(range(1, 3000), key=lambda n: collatz_len(n, memo))
    print("longest start below 3000:", best, collatz_len(best, memo))
    n = 27
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    print(len(seq), max(seq), seq[:12])
    big = 2 ** 100 + 1
    steps = 0
    while big != 1:
        big = big // 2 if big % 2 == 0 else 3 * big + 1
        steps += 1
    print("steps for 2**100+1:", steps)
    return collatz_len(97, memo)
