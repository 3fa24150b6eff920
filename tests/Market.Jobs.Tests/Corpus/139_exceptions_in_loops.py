# Corpus: handling errors per item in loops and continuing, collecting error reports
# Features: try/except inside for, continue in except, error counting, dict of errors
def main():
    raw = ["10", "x", "25", "", "-3", "4.5", "7"]
    good = []
    errors = {}
    for i, s in enumerate(raw):
        try:
            n = int(s)
        except ValueError as e:
            errors[i] = str(e)
            continue
        if n < 0:
            errors[i] = "negative"
            continue
        good.append(n)
    print(good)
    for k, v in errors.items():
        print(k, v)
    table = [[1, 2], [3], [4, 5, 6]]
    col2 = []
    for row in table:
        try:
            col2.append(row[1])
        except IndexError:
            col2.append(None)
    print(col2)
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 4:
                raise ValueError("try again")
            break
        except ValueError as e:
            print("attempt", attempts, e)
    return (good, attempts)
