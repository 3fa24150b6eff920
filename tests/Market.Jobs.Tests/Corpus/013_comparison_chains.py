# Corpus: chained comparisons and comparisons across types
# Features: chained comparisons, ==, !=, <, <=, >, >=, strings, lists, tuples
def side(msg, v):
    print("eval", msg)
    return v

def main():
    x = 5
    print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
    print(x == 5 == 5.0, 1 != 2 != 1, 0 <= x <= 4)
    print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
    print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
    print(side("a", 1) < side("b", 2) < side("c", 0))
    print(side("a", 3) < side("b", 2) < side("c", 5))
    r = [n for n in range(20) if 3 <= n < 8 or 15 < n <= 17]
    print(r)
    print(None == None, None != 0, 1 == 1.0 == True)
    return 0 < x < 10
