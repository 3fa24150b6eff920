# Corpus: chr and ord conversions, character arithmetic
# Features: chr, ord, range over code points, str building, join
def main():
    print(ord("A"), ord("a"), ord("0"), ord(" "), ord("~"), ord("\n"))
    print(chr(65), chr(97), chr(48), repr(chr(10)), repr(chr(9)), chr(126))
    print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
    print("".join(chr(c) for c in range(65, 91, 2)))
    word = "Hello"
    print([ord(c) for c in word], sum(ord(c) for c in word))
    shifted = "".join(chr(ord(c) + 1) for c in "HAL")
    print(shifted)
    upper = "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in "mixed Case 123")
    print(upper)
    print(ord(chr(200)) == 200, len(chr(1000)))
    return [chr(ord("a") + i) for i in range(5)]
