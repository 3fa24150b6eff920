# Corpus: list.copy (shallow) and list.clear versus rebinding
# Features: list.copy, list.clear, aliasing, nested lists, empty list truthiness
def main():
    a = [[1], [2], 3]
    b = a.copy()
    b[0].append("x")
    b[2] = 30
    print(a, b)
    alias = a
    a.clear()
    print(a, alias, b, len(alias), bool(alias))
    c = [1, 2, 3]
    d = c
    c = []
    print(c, d)
    log = []
    for round_no in range(3):
        log.append(round_no)
        log.append(round_no * 10)
        print("round", round_no, log)
        log.clear()
    print(log)
    return b
