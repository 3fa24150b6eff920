# Corpus: breaking out of nested loops with flags and functions returning early
# Features: nested for, break, return from inside loops, while inside for
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
    return None

def main():
    nums = [3, 9, 14, 2, 7, 11]
    for t in [16, 25, 100, 5]:
        print(t, find_pair(nums, t))
    done = False
    for a in range(1, 20):
        for b in range(a, 20):
            if a * b == 91:
                print("factors", a, b)
                done = True
                break
        if done:
            break
    print("after", a, b)
    count = 0
    for i in range(5):
        j = 0
        while True:
            j += 1
            count += 1
            if j >= i:
                break
    print(count)
    return find_pair(nums, 18)
