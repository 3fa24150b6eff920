# Corpus: isdigit for parsing tokens, with edge cases
# Features: str.isdigit, int(), list comprehension, conditional expression
def main():
    tokens = ["123", "12a", "", "0", "-5", "3.14", " 7", "007", "42"]
    for t in tokens:
        print(repr(t), t.isdigit())
    nums = [int(t) for t in tokens if t.isdigit()]
    print(nums, sum(nums))
    text = "order 66 shipped 3 boxes on day 12 of 2024"
    found = [int(w) for w in text.split() if w.isdigit()]
    print(found)
    digits = "".join(ch for ch in "a1b2c3d4" if ch.isdigit())
    print(digits, int(digits) * 2)
    return found
