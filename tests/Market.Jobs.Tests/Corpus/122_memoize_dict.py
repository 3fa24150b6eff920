# Corpus: memoization with dicts: fibonacci, grid paths, partitions (big ints)
# Features: dict memo passed as argument, closure memo, recursion, big int results
def fib(n, memo):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    v = fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = v
    return v

def make_paths():
    cache = {}
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key not in cache:
            cache[key] = paths(r - 1, c) + paths(r, c - 1)
        return cache[key]
    return paths, cache

def partitions(n, k, memo):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key in memo:
        return memo[key]
    r = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
    memo[key] = r
    return r

def main():
    memo = {}
    print(fib(90, memo), fib(200, memo), len(memo))
    paths, cache = make_paths()
    print(paths(2, 2), paths(10, 10), paths(16, 16), len(cache))
    pm = {}
    print([partitions(n, n, pm) for n in range(1, 16)])
    print(partitions(60, 60, pm))
    return fib(150, memo)
