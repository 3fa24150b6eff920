# Corpus: run-length encoding and decoding of strings
# Features: while loops, str building, isdigit, int(), tuple lists, assert
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)

def decode(s):
    res = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            res += ch * int(num)
            num = ""
    return res

def main():
    for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
        e = encode(s)
        d = decode(e)
        print(repr(s), e, d == s)
        assert d == s
    long_s = "x" * 120 + "y" * 3
    print(encode(long_s), len(decode(encode(long_s))))
    return encode("wwwwaaadexxxxxx")
