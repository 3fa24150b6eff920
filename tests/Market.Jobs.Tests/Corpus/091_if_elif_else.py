# Corpus: if/elif/else chains and nested conditionals
# Features: if, elif, else, nested if, comparisons, and/or in conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    elif n < 100 and n % 10 == 0:
        return "round"
    else:
        return "big"

def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g

def main():
    for n in [-5, 0, 3, 4, 30, 35, 1000]:
        print(n, classify(n))
    print([grade(s) for s in [95, 85, 75, 65, 90, 89.99]])
    x = 7
    if x:
        print("truthy")
    if not []:
        print("empty list is falsy")
    if x > 5:
        pass
    else:
        print("unreachable")
    return classify(8)
