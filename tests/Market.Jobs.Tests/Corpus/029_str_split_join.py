# Corpus: str.split (default and explicit separators, maxsplit) and str.join
# Features: str.split, str.join, whitespace handling, empty fields, list of str
def main():
    print("a b  c\td\n e".split())
    print("a,b,,c,".split(","))
    print("  leading and trailing  ".split())
    print("one::two::three".split("::"))
    print("k=v=w".split("=", 1), "a b c d".split(" ", 2))
    print("".split(), "".split(","), "abc".split("x"))
    parts = ["alpha", "beta", "gamma"]
    print(", ".join(parts), "".join(parts), "-".join("xyz"), "|".join([]))
    print(" ".join(str(n) for n in range(5)))
    csv = "name,qty,price\nbolt,10,0.25\nnut,25,0.1\nwasher,100,0.05"
    rows = [line.split(",") for line in csv.split("\n")]
    header = rows[0]
    total = 0.0
    for row in rows[1:]:
        cost = int(row[1]) * float(row[2])
        total += cost
        print(row[0], cost)
    print(header, round(total, 2))
    return "/".join(reversed("usr/local/bin".split("/")))
