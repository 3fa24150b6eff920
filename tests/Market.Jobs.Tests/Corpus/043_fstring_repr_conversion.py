# Corpus: !r conversion in f-strings for different value types
# Features: f-string {x!r}, repr of str, list, dict, float, None, bool, nested quotes
def main():
    vals = ["text", 'q"uote', 3, 2.5, None, True, [1, "a"], {"k": (1, 2)}, (), 1e-7, -0.0]
    for v in vals:
        print(f"{v!r} / {v}")
    s = "abc"
    print(f"{s!r:>10}|{s!r:<8}|")
    print(f"{s[::-1]!r}{len(s)!r}")
    return f"{vals[1]!r}"
