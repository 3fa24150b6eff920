# Corpus: realistic job: longest common subsequence and substring via dynamic programming
# Features: 2-D DP tables, nested loops, max, backtracking reconstruction, string building
def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[n][m], "".join(reversed(out))

def longest_common_substring(a, b):
    best, end = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], i
        prev = cur
    return a[end - best:end]

def main():
    pairs = [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("same", "same"),
             ("the market sells time", "the machine tells rhyme")]
    for a, b in pairs:
        print(repr(a), repr(b), lcs(a, b), repr(longest_common_substring(a, b)))
    x = "".join(chr(97 + (i * 7) % 13) for i in range(120))
    y = "".join(chr(97 + (i * 5) % 11) for i in range(110))
    print(lcs(x, y)[0])
    return lcs("dynamic", "programming")
