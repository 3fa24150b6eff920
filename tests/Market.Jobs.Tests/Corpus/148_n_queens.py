# Corpus: realistic job: N-queens by backtracking, counting and printing a solution
# Features: recursion, backtracking with list state, lists as boolean flags, string rendering
def solve(n):
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []
    count = [0]
    def place(r):
        if r == n:
            count[0] += 1
            if len(solutions) < 2:
                solutions.append(placement[:])
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                placement[r] = c
                place(r + 1)
                cols[c] = d1[r + c] = d2[r - c + n] = False
    place(0)
    return count[0], solutions

def main():
    for n in range(1, 8):
        cnt, sols = solve(n)
        print(n, cnt)
    cnt, sols = solve(6)
    for row in sols[0]:
        print(" ".join("Q" if c == row else "." for c in range(6)))
    return solve(8)[0]
