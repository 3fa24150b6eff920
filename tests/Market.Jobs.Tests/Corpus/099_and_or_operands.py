# Corpus: and/or return one of their operands and short-circuit
# Features: and, or, not, short-circuit evaluation, operand values, defaults idiom
def t(label, v):
    print("eval", label)
    return v

def main():
    print(1 and 2, 0 and 2, "" or "default", "x" or "y", None or 0, [] or {}, 3 or 1 / 0)
    print(0 and 1 / 0, False or None, None and 5, [1] and [2], "a" and "" and "b")
    print(t("a", 0) and t("b", 1))
    print(t("c", 1) or t("d", 0))
    print(t("e", 1) and t("f", 0) or t("g", "fallback"))
    name = ""
    display = name or "anonymous"
    print(display)
    print(not "", not "x", not None, not not 5)
    vals = [0, 1, "", "s", None, [], [0]]
    print([v or "F" for v in vals])
    print([v and "T" for v in vals])
    return (1 or 2, 1 and 2, 0 or 0.0)
