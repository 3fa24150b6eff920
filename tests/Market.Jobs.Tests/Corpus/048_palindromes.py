# Corpus: palindrome detection on strings and numbers
# Features: str slicing [::-1], lower, isdigit filtering, while loop, functions
def clean(s):
    return "".join(c for c in s.lower() if "a" <= c <= "z" or c.isdigit())

def is_pal(s):
    c = clean(s)
    return c == c[::-1]

def longest_pal_sub(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1]:
                best = sub
    return best

def main():
    for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "12321", "12 31"]:
        print(repr(s), is_pal(s))
    pals = [n for n in range(10, 300) if str(n) == str(n)[::-1]]
    print(len(pals), pals[:12])
    print(longest_pal_sub("forgeeksskeegfor"), longest_pal_sub("abacdfgdcaba"))
    n = 0
    while not (str(n * n) == str(n * n)[::-1] and n > 30):
        n += 1
    print(n, n * n)
    return longest_pal_sub("bananas")
