# Corpus: the else clause of try runs only without an exception; exceptions inside else are not caught by the same try
# Features: try/except/else, else raising, lookup-or-default patterns, multiple handlers
def safe_div(a, b):
    try:
        q = a / b
    except ZeroDivisionError:
        return "div by zero"
    except TypeError as e:
        return "type: " + str(e)
    else:
        return round(q, 3)

def main():
    print(safe_div(1, 3), safe_div(1, 0), safe_div("1", 2), safe_div(10, 4))
    inventory = {"bolts": 12}
    for item in ["bolts", "nuts"]:
        try:
            n = inventory[item]
        except KeyError:
            print(item, "missing")
        else:
            print(item, "in stock:", n)
    try:
        try:
            v = 5
        except ZeroDivisionError:
            print("never")
        else:
            v = v / 0
    except ZeroDivisionError as e:
        print("else raised, caught outside:", e)
    return safe_div(22, 7)
