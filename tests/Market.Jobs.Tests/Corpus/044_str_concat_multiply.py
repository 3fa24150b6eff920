# Corpus: building strings with + and * in loops, patterns and banners
# Features: str +, str *, nested loops, print end=, print sep=
def main():
    for i in range(1, 6):
        print(" " * (5 - i) + "*" * (2 * i - 1))
    for i in range(3):
        for j in range(4):
            print("#" if (i + j) % 2 == 0 else ".", end="")
        print()
    print("a", "b", "c", sep="-")
    print("x", "y", sep="", end="!\n")
    print(1, 2.5, None, [3], sep=" | ")
    print("no newline", end="")
    print(" continued")
    print()
    banner = "=" * 10 + " MARKET " + "=" * 10
    print(banner, len(banner))
    return "ab" * 3 + "c"
