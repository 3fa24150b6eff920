# Corpus: sorted() is stable with a key; multi-pass sorting
# Features: sorted, key=, stability, tuples, reverse=True stability
def main():
    records = [("alice", "eng", 3), ("bob", "ops", 1), ("carol", "eng", 1), ("dan", "ops", 3),
               ("erin", "eng", 2), ("frank", "hr", 2), ("gina", "hr", 1)]
    by_dept = sorted(records, key=lambda r: r[1])
    print(by_dept)
    by_level = sorted(records, key=lambda r: r[2])
    print(by_level)
    two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
    print(two_pass)
    rev = sorted(records, key=lambda r: r[2], reverse=True)
    print(rev)
    pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
    print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
    print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 8)), sorted({"b": 1, "a": 2}))
    return [r[0] for r in sorted(records, key=lambda r: (r[1], -r[2]))]
