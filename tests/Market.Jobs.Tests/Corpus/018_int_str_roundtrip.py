# Corpus: converting big ints to strings and back, digit manipulation
# Features: big int, str, int, slicing, reversed, join, list comprehension
def digits_rev(n):
    return int("".join(reversed(str(n))))

def main():
    n = 2 ** 128
    s = str(n)
    print(s, len(s), int(s) == n)
    print(digits_rev(n), digits_rev(12345000))
    print(int(s[:10]) + int(s[10:20]), s[::-1][:12], s[::3])
    x = 196
    for step in range(12):
        x = x + digits_rev(x)
        print(step, x)
    big = int("9" * 60)
    print(big + 1, str(big + 1).count("0"))
    print([int(d) for d in str(3 ** 40)])
    return int(str(-(10 ** 25) + 7))
