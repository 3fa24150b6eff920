# Corpus: startswith and endswith for filtering and classification
# Features: str.startswith, str.endswith, list comprehension with if, conditional expression
def main():
    files = ["report.txt", "data.csv", "image.png", "notes.txt", "archive.tar", "README", ".hidden"]
    print([f for f in files if f.endswith(".txt")])
    print([f for f in files if f.startswith(".")])
    for f in files:
        kind = "text" if f.endswith(".txt") else "table" if f.endswith(".csv") else "other"
        print(f, kind, f.startswith("re"), f.startswith("RE"))
    print("abc".startswith(""), "abc".endswith(""), "".startswith("a"), "abc".endswith("abc"))
    urls = ["http://a", "https://b", "ftp://c"]
    print([u.startswith("http") for u in urls])
    return sum(1 for f in files if not f.endswith(".txt"))
