# Corpus: ZeroDivisionError messages for the various division and modulo forms
# Features: ZeroDivisionError, /, //, %, divmod, float and int zero, pow(0, -1), str(e)
def main():
    tests = [
        lambda: 1 / 0,
        lambda: 1.0 / 0,
        lambda: 1 / 0.0,
        lambda: 1 // 0,
        lambda: 1.5 // 0,
        lambda: 7 % 0,
        lambda: 7.0 % 0,
        lambda: divmod(5, 0),
        lambda: divmod(5.0, 0),
        lambda: 0 ** -1,
        lambda: 10 ** 30 // 0,
    ]
    msgs = []
    for i, t in enumerate(tests):
        try:
            t()
            print(i, "no error")
        except ZeroDivisionError as e:
            print(i, e)
            msgs.append(str(e))
    x = 0
    try:
        x = 5 / x
    except ZeroDivisionError as e:
        print("x unchanged:", x, "because", e)
    return msgs[0]
