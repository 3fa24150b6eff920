# Corpus: for loops with break and continue, search with flags
# Features: for, break, continue, flags, range, nested conditions
def main():
    for n in range(10):
        if n % 2 == 0:
            continue
        if n > 7:
            break
        print("odd", n)
    primes = []
    for n in range(2, 50):
        is_prime = True
        for d in range(2, n):
            if d * d > n:
                break
            if n % d == 0:
                is_prime = False
                break
        if not is_prime:
            continue
        primes.append(n)
    print(primes)
    target = 42
    pos = -1
    data = [5, 8, 42, 13, 42]
    for i, v in enumerate(data):
        if v == target:
            pos = i
            break
    print("found at", pos)
    total = 0
    for ch in "a1b2c3x9":
        if not ch.isdigit():
            continue
        total += int(ch)
    print(total)
    return primes[-1]
