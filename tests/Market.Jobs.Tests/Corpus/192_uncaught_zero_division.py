# Corpus: uncaught ZeroDivisionError in the middle of a loop
# Features: uncaught exception, ZeroDivisionError, output before the failure, nested call
def ratio(a, b):
    return a / b

def main():
    total = 0
    for d in [4, 2, 1, 0, 5]:
        total += ratio(100, d)
        print("d", d, "total", total)
    return total
