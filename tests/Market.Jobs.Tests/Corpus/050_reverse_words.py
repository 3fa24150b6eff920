# Corpus: word-level string transformations
# Features: split, join, reversed, list slicing, capitalize, list comprehension
def main():
    sentence = "the market sells slices of time"
    words = sentence.split()
    print(" ".join(reversed(words)))
    print(" ".join(words[::-1]))
    print(" ".join(w[::-1] for w in words))
    print(" ".join(w.capitalize() for w in words))
    print(" ".join(sorted(words, key=len)))
    acronym = "".join(w[0].upper() for w in words)
    print(acronym)
    pig = []
    for w in words:
        if w[0] in "aeiou":
            pig.append(w + "way")
        else:
            pig.append(w[1:] + w[0] + "ay")
    print(" ".join(pig))
    return list(reversed(words))
