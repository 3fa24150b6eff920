# Corpus: realistic job: digits of pi via Machin's formula with big-int fixed point arithmetic
# Features: big int, //, while loops, alternating series, str slicing, digit histogram
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)

def main():
    s = pi_digits(300)
    print(s[0] + "." + s[1:61])
    print(s[61:121])
    counts = [s.count(str(d)) for d in range(10)]
    print(counts, sum(counts))
    print(s.find("999999"), s.find("14159"), s.find("2718"))
    return s[-10:]
