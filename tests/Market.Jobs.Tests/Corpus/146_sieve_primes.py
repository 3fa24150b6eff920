# Corpus: realistic job: sieve of Eratosthenes, prime gaps, twin primes, Goldbach checks
# Features: list of bools, slice assignment with step, while, enumerate, comprehension, dict counting
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [i for i, p in enumerate(is_p) if p]

def main():
    primes = sieve(5000)
    print(len(primes), primes[:15], primes[-5:])
    gaps = {}
    for a, b in zip(primes, primes[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    print(sorted(gaps.items())[:10])
    twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
    print(len(twins), twins[-3:])
    pset = {}
    for p in primes:
        pset[p] = True
    goldbach = {}
    for n in range(4, 200, 2):
        for p in primes:
            if n - p in pset:
                goldbach[n] = (p, n - p)
                break
    print([goldbach[n] for n in range(100, 120, 2)])
    print(sum(primes) % 1000003)
    return primes[500]
