# Corpus: dict.get with defaults and dict.setdefault for grouping
# Features: dict.get, dict.setdefault, returned values, mutable defaults in setdefault
def main():
    stock = {"apple": 3, "pear": 0}
    print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0), stock.get("pear", 9))
    print(stock.setdefault("apple", 99), stock.setdefault("kiwi", 5), stock)
    groups = {}
    for word in ["ant", "bee", "asp", "cat", "bat", "ape"]:
        groups.setdefault(word[0], []).append(word)
    print(groups)
    counts = {}
    for ch in "abracadabra":
        counts[ch] = counts.get(ch, 0) + 1
    print(counts)
    r = groups.setdefault("z")
    print(r, groups["z"], "z" in groups)
    return counts
