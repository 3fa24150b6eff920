# Corpus: assert statements that pass and that fail with and without messages
# Features: assert, assert with message, AssertionError caught, str(e) empty for bare assert
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted at {a} > {b}"
    return True

def main():
    assert 1 + 1 == 2
    assert [1], "non-empty list is truthy"
    print(check_sorted([1, 2, 2, 5]))
    try:
        check_sorted([1, 3, 2])
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        assert False
    except AssertionError as e:
        print("bare assert message:", repr(str(e)))
    try:
        assert 0 > 1, "math is broken"
    except AssertionError as e:
        print(e)
    count = 0
    for v in [3, -1, 4, 0]:
        try:
            assert v > 0, v
            count += 1
        except AssertionError as e:
            print("rejected", e)
    return count
