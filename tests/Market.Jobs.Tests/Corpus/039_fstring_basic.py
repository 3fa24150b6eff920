# Corpus: f-strings with embedded expressions
# Features: f-string {expr}, nested quotes, arithmetic, calls, indexing, literal braces
def main():
    name = "Ada"
    n = 7
    items = [3, 1, 4]
    d = {"k": 42}
    print(f"hello {name}")
    print(f"{n} squared is {n * n}, half is {n / 2}")
    print(f"{name.upper()} has {len(name)} letters; first={name[0]} last={name[-1]}")
    print(f"sum={sum(items)} max={max(items)} sorted={sorted(items)}")
    print(f"dict value {d['k']} and {d}")
    print(f"{{literal braces}} and {n}")
    print(f"bool {n > 5} none {None} float {0.1 + 0.2}")
    print(f"{'yes' if n % 2 else 'no'} / {[i * 2 for i in items]}")
    print(f"{n}{n}{n}", f"", f"{''}")
    return f"{name}-{n}"
