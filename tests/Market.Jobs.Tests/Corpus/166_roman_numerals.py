# Corpus: realistic job: Roman numeral conversion both ways with validation and round trips
# Features: list of tuples, while loops, dict lookup, string scanning, ValueError, assert
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: " + str(n))
    out = ""
    for v, s in PAIRS:
        while n >= v:
            out += s
            n -= v
    return out

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError("bad numeral " + repr(ch))
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    return total

def main():
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        print(n, to_roman(n))
    for n in range(1, 4000, 7):
        assert from_roman(to_roman(n)) == n
    print("round trip ok")
    for bad in [0, 4000, -5]:
        try:
            to_roman(bad)
        except ValueError as e:
            print(e)
    try:
        from_roman("XIZ")
    except ValueError as e:
        print(e)
    return max(range(3800, 3900), key=lambda n: len(to_roman(n)))
