# Corpus: mutually recursive functions and recursion with memo tables
# Features: mutual recursion, functions referencing later definitions, dict memo
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def hofstadter_f(n, memo):
    if n == 0:
        return 1
    if ("F", n) in memo:
        return memo[("F", n)]
    r = n - hofstadter_m(hofstadter_f(n - 1, memo), memo)
    memo[("F", n)] = r
    return r

def hofstadter_m(n, memo):
    if n == 0:
        return 0
    if ("M", n) in memo:
        return memo[("M", n)]
    r = n - hofstadter_f(hofstadter_m(n - 1, memo), memo)
    memo[("M", n)] = r
    return r

def main():
    print([is_even(n) for n in range(8)], is_odd(151))
    memo = {}
    print([hofstadter_f(n, memo) for n in range(20)])
    print([hofstadter_m(n, memo) for n in range(20)])
    return (is_even(300), len(memo))
