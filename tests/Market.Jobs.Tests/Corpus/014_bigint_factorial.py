# Corpus: big-int factorials, digit sums and trailing zeros
# Features: big int, loops, str(), int(), sum over generator, %, //
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def trailing_zeros(n):
    s = str(n)
    return len(s) - len(s.rstrip("0"))

def main():
    for n in [0, 1, 5, 10, 20, 25, 50]:
        print(n, fact(n))
    f = fact(300)
    print(len(str(f)), sum(int(c) for c in str(f)), trailing_zeros(f))
    print(f % 1000000007, f // fact(298))
    print(str(f)[:30], str(f)[-80:-60])
    return fact(30)
