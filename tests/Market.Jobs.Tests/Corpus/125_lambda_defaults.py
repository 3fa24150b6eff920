# Corpus: lambdas with default parameters, keyword calls and closures over loop variables
# Features: lambda defaults, lambda keyword call, lambda in dict comprehension, nested lambda
def main():
    scale = lambda x, factor=2, offset=0: x * factor + offset
    print(scale(3), scale(3, 10), scale(3, offset=1), scale(x=1, factor=5, offset=5))
    adders = {n: (lambda x, n=n: x + n) for n in range(3)}
    print([adders[k](10) for k in adders])
    curried = lambda a: lambda b: a - b
    print(curried(10)(3), curried(3)(10))
    table = [(lambda i=i: i * i) for i in range(5)]
    print([f() for f in table], table[2](7))
    fmt = lambda v, width=6: str(v).rjust(width)
    print("[" + fmt(42) + "]", "[" + fmt("ab", 3) + "]", "[" + fmt(width=4, v=1) + "]")
    return scale(2.5, factor=-1)
