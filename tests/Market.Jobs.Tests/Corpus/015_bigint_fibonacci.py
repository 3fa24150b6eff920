# Corpus: Fibonacci numbers with big ints, tuple assignment and digit statistics
# Features: big int, tuple swap assignment, while, str, len, list
def main():
    a, b = 0, 1
    firsts = []
    for i in range(30):
        firsts.append(a)
        a, b = b, a + b
    print(firsts)
    a, b = 0, 1
    n = 0
    while len(str(a)) < 100:
        a, b = b, a + b
        n += 1
    print("first fib with 100 digits is F", n)
    print(a)
    a, b = 0, 1
    for _ in range(500):
        a, b = b, a + b
    print(len(str(a)), str(a)[:20], a % 10 ** 9)
    counts = [0] * 10
    for ch in str(a):
        counts[int(ch)] += 1
    print(counts)
    return a // 10 ** 90
