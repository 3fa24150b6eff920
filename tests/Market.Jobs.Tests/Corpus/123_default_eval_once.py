# Corpus: defaults are computed when def executes; nested defs re-evaluate per call of the outer
# Features: default from expression, default capturing loop value, nested def defaults
def make(n):
    def f(x, base=n * 10):
        return x + base
    return f

def main():
    fs = [make(i) for i in range(3)]
    print([f(1) for f in fs])
    k = 5
    def g(v=k):
        return v
    k = 6
    print(g(), g(7))
    calls = []
    def h(x, log=calls):
        log.append(x)
        return len(log)
    print(h(1), h(2), h(3, []), h(4), calls)
    def listy(item, into=[]):
        into.append(item)
        return into
    a = listy("a")
    b = listy("b")
    print(a, b, a is b)
    return calls
