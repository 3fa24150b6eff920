# Corpus: iterating over strings, counting characters and building new ones
# Features: for over str, enumerate, dict counting, sorted items, isdigit, in
def main():
    text = "Hello, World! 2024 is here."
    vowels = 0
    digits = 0
    other = []
    for ch in text:
        if ch.lower() in "aeiou":
            vowels += 1
        elif ch.isdigit():
            digits += 1
        elif ch in " ,.!":
            other.append(ch)
    print(vowels, digits, other)
    for i, ch in enumerate("abc"):
        print(i, ch, ch * (i + 1))
    freq = {}
    for ch in text.lower():
        if "a" <= ch <= "z":
            freq[ch] = freq.get(ch, 0) + 1
    print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    return list("xyz")
