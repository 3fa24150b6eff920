# Corpus: an exception raised inside an except handler escapes (uncaught KeyError while handling IndexError)
# Features: uncaught exception, exception raised in handler, implicit chaining, finally output
def main():
    data = [1, 2, 3]
    lookup = {"a": 1}
    try:
        print("reading", data[1])
        print("reading", data[7])
    except IndexError as e:
        print("index problem:", e)
        print(lookup["b"])
    finally:
        print("finally still runs")
    return "unreachable"
