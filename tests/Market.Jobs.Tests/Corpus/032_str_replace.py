# Corpus: str.replace including count argument and empty pattern
# Features: str.replace, chaining, immutability of str
def main():
    s = "one fish two fish red fish blue fish"
    print(s.replace("fish", "cat"))
    print(s.replace("fish", "", 2))
    print(s.replace(" ", "_"), s.replace("xyz", "!"))
    print("aaa".replace("a", "aa"), "abc".replace("", "-"), "a.b.c".replace(".", ""))
    t = s
    t = t.replace("one", "1").replace("two", "2")
    print(t)
    print(s)
    template = "Dear NAME, your balance is AMOUNT."
    for name, amt in [("Ann", 10), ("Bob", -3)]:
        print(template.replace("NAME", name).replace("AMOUNT", str(amt)))
    return "hello world".replace("o", "0", 1)
