# Corpus: realistic job: Fibonacci four ways (naive, iterative, memo, fast doubling) cross-checked
# Features: recursion, iteration, dict memo, fast doubling, big ints, assert, tuple returns
def naive(n):
    return n if n < 2 else naive(n - 1) + naive(n - 2)

def iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def memo_fib(n, memo):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = memo_fib(n - 1, memo) + memo_fib(n - 2, memo)
    return memo[n]

def doubling(n):
    if n == 0:
        return (0, 1)
    a, b = doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)

def main():
    print([naive(i) for i in range(18)])
    memo = {}
    for n in [10, 50, 100, 300]:
        vals = [iterative(n), memo_fib(n, memo), doubling(n)[0]]
        assert vals[0] == vals[1] == vals[2]
        print(n, vals[0])
    big = doubling(5000)[0]
    print(len(str(big)), str(big)[:25], big % 1000000007)
    return doubling(90)
