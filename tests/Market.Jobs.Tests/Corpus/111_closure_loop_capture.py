# Corpus: closures created in loops capture the variable, not the value (late binding)
# Features: lambda in loop, late binding, default-argument capture idiom, comprehension scopes
def main():
    fs = []
    for i in range(4):
        fs.append(lambda: i)
    print([f() for f in fs])
    gs = []
    for i in range(4):
        gs.append(lambda i=i: i)
    print([g() for g in gs])
    hs = [lambda: j * 10 for j in range(3)]
    print([h() for h in hs])
    ks = [lambda x, j=j: x + j for j in range(3)]
    print([k(100) for k in ks])
    def make(n):
        return lambda: n
    ms = [make(n) for n in range(3)]
    print([m() for m in ms])
    i = "rebound"
    print(fs[0]())
    return [f() for f in gs]
