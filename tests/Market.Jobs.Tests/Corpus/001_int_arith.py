# Corpus: basic integer arithmetic and operator precedence
# Features: int, + - * / // % **, unary minus, precedence, print
def main():
    a = 17
    b = 5
    print(a + b, a - b, a * b)
    print(a / b, a // b, a % b)
    print(a ** 2, 2 ** 10, -a, +b)
    print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
    print(-2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 // 7 // 2)
    print(7 / 7, 0 / 5, 10 / 4, 1 / 8)
    total = 0
    for i in range(1, 11):
        total = total + i * i
    print("sum of squares", total)
    x = 0
    x = x - 5
    print(x, x * x, x * -1)
    return a * b - a // b
