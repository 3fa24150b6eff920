# Corpus: dict equality ignores insertion order; comparing nested structures
# Features: dict ==, !=, nested dict equality, list of dicts comparison
def main():
    a = {"x": 1, "y": 2}
    b = {"y": 2, "x": 1}
    print(a == b, list(a) == list(b), a != b)
    c = {"x": 1, "y": [1, 2, {"z": 3}]}
    d = {"y": [1, 2, {"z": 3}], "x": 1}
    print(c == d)
    d["y"][2]["z"] = 4
    print(c == d, c, d)
    print({} == {}, {1: 2} == {1: 2.0}, {1: 2} == {2: 1})
    print([{"a": 1}] == [{"a": 1}], ({"a": 1},) == ({"a": 2},))
    return a == b
