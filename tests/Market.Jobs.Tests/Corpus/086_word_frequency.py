# Corpus: word frequency count on a text with normalization and top-k listing
# Features: str.lower, str.replace, split, dict counting, sorted with tuple key, f-strings
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

def main():
    text = TEXT.lower()
    for p in ",.;:":
        text = text.replace(p, " ")
    words = text.split()
    print(len(words), "words")
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    print(len(freq), "distinct")
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    for w, c in top[:8]:
        print(f"{w:<12}{c:>3} {'*' * c}")
    by_len = {}
    for w in freq:
        by_len.setdefault(len(w), []).append(w)
    for n in sorted(by_len):
        print(n, sorted(by_len[n]))
    return top[:3]
