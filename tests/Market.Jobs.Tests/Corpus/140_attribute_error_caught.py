# Corpus: AttributeError when calling a method the value does not have
# Features: AttributeError, print(e), wrong-type method calls on int, list, dict, str, None
def main():
    cases = [
        lambda: (5).append(1),
        lambda: [1, 2].split(","),
        lambda: {"a": 1}.append(2),
        lambda: "abc".pop(),
        lambda: None.get("k"),
        lambda: (1, 2).sort(),
        lambda: 3.5.upper(),
    ]
    for i, c in enumerate(cases):
        try:
            c()
            print(i, "ok")
        except AttributeError as e:
            print(i, "AttributeError:", e)
    ok = [1].copy()
    print(ok)
    return len(cases)
