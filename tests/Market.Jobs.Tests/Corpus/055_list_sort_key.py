# Corpus: in-place list.sort with key and reverse
# Features: list.sort, key=, reverse=, lambda, tuples as keys, stability, returns None
def main():
    nums = [5, -3, 2, -8, 0, 7, -1]
    r = nums.sort()
    print(r, nums)
    nums.sort(reverse=True)
    print(nums)
    nums.sort(key=abs)
    print(nums)
    nums.sort(key=lambda x: (x % 3, -x))
    print(nums)
    people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
    people.sort(key=lambda p: p[1])
    print(people)
    people.sort(key=lambda p: p[1], reverse=True)
    print(people)
    words = ["bb", "a", "ccc", "dd", "e"]
    words.sort(key=len, reverse=True)
    print(words)
    return nums
