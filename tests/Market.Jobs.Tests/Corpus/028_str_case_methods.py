# Corpus: case methods lower, upper, capitalize on various strings
# Features: str.lower, str.upper, str.capitalize, digits and punctuation, chaining
def main():
    words = ["hello", "WORLD", "mIxEd CaSe", "123abc", "", "a", "x-ray", "python-3.11 rocks"]
    for w in words:
        print(repr(w), w.lower(), w.upper(), w.capitalize())
    title = " ".join(w.capitalize() for w in "the quick brown fox".split())
    print(title)
    print("ABC".lower().upper().lower(), "x".upper() * 3)
    counts = {}
    for ch in "Hello World Hello".lower():
        if ch != " ":
            counts[ch] = counts.get(ch, 0) + 1
    print(counts)
    return "mArKeT".capitalize()
