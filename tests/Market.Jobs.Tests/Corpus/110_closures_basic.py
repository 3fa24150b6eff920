# Corpus: closures capturing enclosing variables, factories of functions
# Features: nested def, closure, returned functions, late binding of enclosing variables
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_multiplier(n):
    return lambda x: x * n

def outer():
    msg = "before"
    def show():
        return msg
    msg = "after"
    return show

def main():
    add5 = make_adder(5)
    add10 = make_adder(10)
    print(add5(1), add10(1), add5(add10(0)))
    triple = make_multiplier(3)
    print(triple(7), make_multiplier(2)("ab"))
    print(outer()())
    adders = [make_adder(i) for i in range(4)]
    print([f(100) for f in adders])
    def compose(f, g):
        return lambda x: f(g(x))
    h = compose(add5, triple)
    print(h(2), compose(triple, add5)(2))
    return add5(add10(add5(0)))
