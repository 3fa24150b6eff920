# Corpus: substring membership tests with in / not in
# Features: in, not in, str, list of str, conditional logic
def main():
    haystack = "the quick brown fox jumps over the lazy dog"
    for needle in ["fox", "cat", "", "dog ", " the ", "quick brown", "Fox"]:
        print(repr(needle), needle in haystack, needle not in haystack)
    banned = ["spam", "scam"]
    msgs = ["hello there", "buy spam now", "no scams here", "ok"]
    for m in msgs:
        flagged = any(b in m for b in banned)
        print(m, "->", "blocked" if flagged else "ok")
    print("a" in ["a", "b"], "ab" in ["a", "b"], "ab" in "cab")
    return [w for w in haystack.split() if "o" in w]
