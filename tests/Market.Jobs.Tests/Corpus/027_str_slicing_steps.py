# Corpus: string slicing with negative indices, steps and out-of-range bounds
# Features: str slicing, [a:b:c], negative step, empty slices, clamping
def main():
    s = "abcdefghijklmnop"
    print(s[2:5], s[:4], s[10:], s[-3:], s[:-3], s[-5:-2])
    print(s[::2], s[1::2], s[::-1], s[::-3], s[10:2:-2], s[-1:-6:-1])
    print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[5:5]))
    print(s[::5], s[2:14:4], s[14:2:-4], s[-2::-7])
    n = len(s)
    for k in range(1, 5):
        print(k, s[:k] + "|" + s[-k:], s[k:n - k:k])
    word = "racecar"
    print(word == word[::-1], "python"[::-1], "python"[1:-1])
    return s[3:-3:3]
