# Corpus: higher-order functions: passing and returning functions, reduce by hand
# Features: functions as arguments, returned functions, recursion on lists, apply-n-times
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

def reduce(f, seq, init):
    acc = init
    for item in seq:
        acc = f(acc, item)
    return acc

def twice(f):
    return lambda x: f(f(x))

def pipeline(funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run

def main():
    print(apply_n(lambda x: x * 2, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
    print(reduce(lambda a, b: a + b, [1, 2, 3, 4], 0), reduce(lambda a, b: a * b, range(1, 11), 1))
    print(reduce(lambda a, b: b + a, "abc", ""), reduce(max, [3, 9, 2], 0))
    inc = lambda x: x + 1
    print(twice(inc)(5), twice(twice(inc))(5), twice(twice(twice(inc)))(0))
    p = pipeline([lambda s: s.upper(), lambda s: s[::-1], len])
    print(p("market"))
    return reduce(lambda acc, x: acc + [x * x], range(5), [])
