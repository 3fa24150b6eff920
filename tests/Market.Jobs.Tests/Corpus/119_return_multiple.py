# Corpus: returning tuples and unpacking them; early returns from loops
# Features: return tuple, unpacking, return in loop, functions returning functions or None
def stats(nums):
    if not nums:
        return None, None, None
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return min(nums), max(nums), round(mean, 4), round(var, 4)

def first_negative(nums):
    for i, v in enumerate(nums):
        if v < 0:
            return i, v
    return -1, None

def main():
    lo, hi, mean, var = stats([4, 8, 15, 16, 23, 42])
    print(lo, hi, mean, var)
    print(stats([]))
    print(stats([2.5]))
    idx, val = first_negative([3, 1, -4, 1, -5])
    print(idx, val, first_negative([1, 2]))
    result = stats(list(range(10)))
    print(result, type_name(result))
    return result

def type_name(v):
    if isinstance(v, tuple):
        return "tuple"
    return "other"
