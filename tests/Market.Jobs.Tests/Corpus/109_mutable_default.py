# Corpus: default values are evaluated once at def time (mutable default pitfall)
# Features: mutable default list/dict, None-default idiom, defaults captured at definition
def append_bad(x, acc=[]):
    acc.append(x)
    return acc

def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

def counter(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return seen[key]

BASE = 10

def with_base(x, base=BASE):
    return x + base

def main():
    print(append_bad(1), append_bad(2), append_bad(3))
    r1 = append_bad(4)
    r2 = append_bad(5)
    print(r1 is r2, r1)
    print(append_good(1), append_good(2))
    print(append_bad(9, []), append_bad(10))
    print([counter("a"), counter("b"), counter("a"), counter("a")])
    global BASE
    BASE = 1000
    print(with_base(1), BASE)
    return append_bad(0)
