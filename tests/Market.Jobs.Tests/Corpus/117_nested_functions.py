# Corpus: nested function definitions, helpers that see enclosing parameters
# Features: nested def, multiple levels, closures over parameters and locals, recursion inside nested def
def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle

def process(data):
    scale = 2
    def transform(x):
        return x * scale + offset
    offset = 1
    def walk(items, depth):
        out = []
        for it in items:
            if isinstance(it, list):
                out.append(walk(it, depth + 1))
            else:
                out.append(transform(it) * depth)
        return out
    return walk(data, 1)

def main():
    print(outer(1)(2)(3), outer(9)(8)(7))
    f = outer(4)
    g = f(5)
    print(g(6), g(0), f(0)(0))
    print(process([1, [2, [3, 4]], 5]))
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    print(fact(20))
    return process([[1], 2])
