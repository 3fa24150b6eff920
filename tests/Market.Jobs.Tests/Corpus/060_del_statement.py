# Corpus: del on list items, dict keys, slices and local names
# Features: del, del name, NameError after del, del dict key, KeyError, IndexError
def main():
    a = [0, 1, 2, 3, 4, 5]
    del a[0]
    del a[-1]
    print(a)
    del a[1:3]
    print(a)
    d = {"x": 1, "y": 2, "z": 3}
    del d["y"]
    print(d)
    try:
        del d["nope"]
    except KeyError as e:
        print("KeyError", e)
    try:
        del a[10]
    except IndexError as e:
        print("IndexError", e)
    v = 5
    del v
    try:
        print(v)
    except NameError as e:
        print("NameError caught")
    v = "back"
    print(v)
    p, q = 1, 2
    del p, q
    m = [[1, 2], [3, 4]]
    del m[0][1]
    print(m)
    return a
