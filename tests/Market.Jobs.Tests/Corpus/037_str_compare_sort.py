# Corpus: lexicographic comparison and sorting of strings
# Features: str comparison, sorted, key=str.lower-like lambda, len key, reverse
def main():
    words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
    print(sorted(words))
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=len))
    print(sorted(words, key=lambda w: (len(w), w)))
    print(sorted(words, reverse=True))
    print("a" < "B", "A" < "b", "abc" < "ab", "ab" < "abc", "10" < "9")
    print(min(words), max(words), max(words, key=len))
    return sorted("hello world")
