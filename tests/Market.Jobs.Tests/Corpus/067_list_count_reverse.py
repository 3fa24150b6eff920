# Corpus: list.count and list.reverse, counting with equality semantics
# Features: list.count, list.reverse, 1 == 1.0 == True counting, nested lists
def main():
    a = [1, 2, 2, 3, 3, 3, "3", 1.0, True, [3], [3]]
    print(a.count(1), a.count(2), a.count(3), a.count("3"), a.count([3]), a.count(99))
    a.reverse()
    print(a)
    b = []
    b.reverse()
    print(b)
    votes = ["yes", "no", "yes", "abstain", "yes", "no"]
    options = ["yes", "no", "abstain", "maybe"]
    print([(o, votes.count(o)) for o in options])
    c = list(range(7))
    c.reverse()
    c.reverse()
    c.reverse()
    print(c)
    return votes.count("yes")
