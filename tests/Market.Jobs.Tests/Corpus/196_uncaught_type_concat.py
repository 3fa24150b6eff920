# Corpus: uncaught TypeError when concatenating str and int
# Features: uncaught exception, TypeError, str + int, f-string works where + fails
def label(name, n):
    return name + n

def main():
    print(f"item {3}")
    print("item " + str(3))
    print(label("item ", "4"))
    return label("item ", 5)
