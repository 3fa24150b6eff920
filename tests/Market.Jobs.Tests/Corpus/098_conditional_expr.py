# Corpus: conditional (ternary) expressions, nesting and laziness
# Features: x if c else y, nested conditional, side effects only on the chosen branch
def noisy(tag, v):
    print("evaluated", tag)
    return v

def main():
    for n in range(-2, 3):
        sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
        print(n, sign, (n if n >= 0 else -n))
    x = noisy("a", 1) if True else noisy("b", 2)
    y = noisy("c", 3) if False else noisy("d", 4)
    print(x, y)
    fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
    print(" ".join(fizz))
    f = (lambda v: v * 2) if x else (lambda v: v * 3)
    print(f(10))
    return [("odd" if i % 2 else "even") for i in range(3)]
