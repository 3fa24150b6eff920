# Corpus: function composition, currying by closures, partial application
# Features: closures returning lambdas, composition chains, currying, map with composed functions
def compose2(f, g):
    return lambda x: f(g(x))

def compose_all(funcs):
    result = lambda x: x
    for f in funcs:
        result = compose2(f, result)
    return result

def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)

def partial(f, first):
    def g(second):
        return f(first, second)
    return g

def main():
    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    sq = lambda x: x * x
    print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))
    chain = compose_all([inc, dbl, sq])
    print(chain(3), [chain(i) for i in range(4)])
    vol = curry3(lambda a, b, c: a * b * c)
    print(vol(2)(3)(4))
    add = lambda a, b: a + b
    add7 = partial(add, 7)
    print(add7(1), list(map(add7, [0, 10, 20])))
    greet = partial(lambda g, n: g + " " + n, "hello")
    print(greet("world"))
    return compose_all([str, len])(12345)
