# Corpus: runtime type dispatch with isinstance, bool before int ordering, describing values
# Features: isinstance on int/float/str/bool/list/tuple/dict, recursion, string formatting
def describe(v):
    if isinstance(v, bool):
        return "bool:" + str(v).lower()
    if isinstance(v, int):
        return "int:" + ("big" if abs(v) > 2 ** 63 else "small")
    if isinstance(v, float):
        return "float:" + ("whole" if v == int(v) else "frac") if v == v and abs(v) != float("inf") else "float:special"
    if isinstance(v, str):
        return "str:" + str(len(v))
    if isinstance(v, list):
        return "list[" + ",".join(describe(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "tuple(" + ",".join(describe(x) for x in v) + ")"
    if isinstance(v, dict):
        return "dict{" + ",".join(str(k) + "=" + describe(x) for k, x in v.items()) + "}"
    if v is None:
        return "none"
    return "other"

def main():
    vals = [True, 3, 2 ** 70, 2.0, 2.5, float("nan"), float("inf"), "", "abc", [1, [False]], (1.5,), {"a": None}, None, len]
    for v in vals:
        print(describe(v))
    return describe([1, (2, {"k": "v"})])
