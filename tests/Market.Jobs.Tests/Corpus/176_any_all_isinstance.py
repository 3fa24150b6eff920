# Corpus: any, all and isinstance over iterables and generator expressions
# Features: any, all, empty iterables, short-circuit in generators, isinstance with builtin types
def main():
    nums = [2, 4, 6, 7]
    print(any(n % 2 for n in nums), all(n % 2 == 0 for n in nums), any([]), all([]))
    print(all([1, "a", [0]]), any([0, "", None, []]), any(x > 5 for x in range(3)))
    checked = []
    def check(v):
        checked.append(v)
        return v > 2
    print(any(check(v) for v in [1, 2, 3, 4, 5]), checked)
    checked.clear()
    print(all(check(v) for v in [5, 4, 1, 9]), checked)
    vals = [1, 2.0, "s", True, None, [1], (1,), {"a": 1}, range(2), 10 ** 30]
    for v in vals:
        kinds = [t for t, ok in [("int", isinstance(v, int)), ("float", isinstance(v, float)),
                                 ("str", isinstance(v, str)), ("bool", isinstance(v, bool)),
                                 ("list", isinstance(v, list)), ("tuple", isinstance(v, tuple)),
                                 ("dict", isinstance(v, dict))] if ok]
        print(repr(v), kinds)
    return all(isinstance(x, int) for x in [1, True, 2 ** 70])
