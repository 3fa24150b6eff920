# Corpus: identity tests with is / is not on None, booleans and shared objects
# Features: is, is not, None, aliasing identity vs equality, default None idiom
def lookup(d, k, default=None):
    v = d.get(k)
    if v is None:
        return default
    return v

def main():
    x = None
    print(x is None, x is not None, x == None)
    a = [1, 2]
    b = a
    c = [1, 2]
    print(a is b, a is c, a == c, a is not c)
    print(True is True, (1 > 0) is True, bool(0) is False)
    d = {"k": 0, "n": None}
    print(lookup(d, "k"), lookup(d, "n", "dflt"), lookup(d, "zz", -1))
    def nothing():
        pass
    print(nothing() is None, nothing())
    items = [None, 0, "", None, False]
    print([i for i, v in enumerate(items) if v is None])
    return a is b
