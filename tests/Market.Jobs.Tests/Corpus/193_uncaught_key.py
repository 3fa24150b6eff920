# Corpus: uncaught KeyError from a dict lookup with a missing key
# Features: uncaught exception, KeyError, dict, handled error earlier does not stop the later one
def main():
    prices = {"apple": 3, "pear": 4}
    try:
        prices["kiwi"]
    except KeyError as e:
        print("handled", e)
    for fruit in ["apple", "pear"]:
        print(fruit, prices[fruit])
    print("now unhandled")
    return prices["banana"]
