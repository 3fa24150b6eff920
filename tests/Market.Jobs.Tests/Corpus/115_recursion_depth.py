# Corpus: recursion at moderate depth (hundreds of frames) and recursive list processing
# Features: recursion depth 200-600, recursive sum, recursive reverse, accumulator parameters
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def rsum(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + rsum(lst, i + 1)

def rrev(s):
    if len(s) <= 1:
        return s
    return rrev(s[1:]) + s[0]

def count_down(n, acc):
    if n < 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)

def main():
    print(depth(200), depth(600))
    print(rsum(list(range(300))))
    print(rrev("recursion is fun"), len(rrev("x" * 250)))
    print(count_down(10, []))
    print(len(count_down(400, [])))
    return depth(250)
