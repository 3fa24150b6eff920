# Corpus: while loops with counters, conditions and early exits
# Features: while, break, continue, while True, compound conditions
def main():
    i = 0
    while i < 5:
        print("i =", i)
        i += 1
    n = 27
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    print("collatz 27 steps", steps)
    k = 0
    found = []
    while True:
        k += 1
        if k % 3 == 0:
            continue
        if k > 20:
            break
        found.append(k)
    print(found)
    a, b = 1071, 462
    while b:
        a, b = b, a % b
    print("gcd", a)
    x = 1.0
    while x * x < 2:
        x += 0.1
    print(x)
    return steps
