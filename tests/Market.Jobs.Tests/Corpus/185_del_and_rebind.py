# Corpus: deleting list elements while iterating over a copy, del in loops, rebinding after del
# Features: del list[i], iterate over reversed indices, del dict entries from a key list, rebinding
def main():
    nums = list(range(20))
    for i in range(len(nums) - 1, -1, -1):
        if nums[i] % 3 == 0:
            del nums[i]
    print(nums)
    d = {k: k * k for k in range(10)}
    for k in list(d.keys()):
        if d[k] % 2:
            del d[k]
    print(d)
    items = ["a", "b", "c", "d", "e"]
    for it in items[:]:
        if it in "bd":
            items.remove(it)
    print(items)
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    for row in matrix:
        del row[1]
    del matrix[0]
    print(matrix)
    x = [1]
    y = x
    del x
    x = "new"
    print(x, y)
    return nums[:5]
