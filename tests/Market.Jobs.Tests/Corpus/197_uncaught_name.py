# Corpus: uncaught NameError from a name that was never bound
# Features: uncaught exception, NameError, name never assigned, output before failure
def main():
    total = 0
    for i in range(4):
        total += i
        print("running total", total)
    return undefined_result
