# Corpus: uncaught AttributeError calling a list method on a tuple
# Features: uncaught exception, AttributeError, tuple has no append
def main():
    items = [1, 2]
    items.append(3)
    print(items)
    frozen = tuple(items)
    print(frozen, len(frozen))
    print(sum(1 for v in frozen if v == 2), frozen[::-1])
    frozen.append(4)
    return frozen
