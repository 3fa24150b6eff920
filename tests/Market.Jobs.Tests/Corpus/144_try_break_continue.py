# Corpus: break and continue inside try with finally and except clauses
# Features: break in try, continue in except, finally runs on break/continue, while + for
def main():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    print(out)
    n = 0
    trace = []
    while n < 10:
        n += 1
        try:
            if n % 3 == 0:
                raise ValueError(n)
            trace.append(n)
        except ValueError as e:
            trace.append("err" + str(e))
            continue
        finally:
            trace.append(".")
        if n >= 7:
            break
    print(trace)
    return (out, n)
