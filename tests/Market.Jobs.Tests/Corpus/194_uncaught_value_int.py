# Corpus: uncaught ValueError from int() on a non-numeric string
# Features: uncaught exception, ValueError, int(), parsing loop
def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(int(t))
        print("parsed", out[-1])
    return out

def main():
    return parse_all(["1", " 22 ", "-3", "x4", "5"])
