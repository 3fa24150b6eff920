# Corpus: uncaught IndexError (list index out of range) after some output
# Features: uncaught exception, IndexError, traceback through two frames, partial output
def get(lst, i):
    return lst[i]

def main():
    data = [10, 20, 30]
    for i in range(3):
        print(i, get(data, i))
    print("about to fail")
    return get(data, 5)
