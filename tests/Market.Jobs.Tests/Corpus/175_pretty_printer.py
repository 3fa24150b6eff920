# Corpus: realistic job: JSON-like serializer for nested values written by hand, with escaping
# Features: recursion, isinstance dispatch, string escaping via replace, indentation, repr of floats
def dump(v, indent, level):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int) or isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list) or isinstance(v, tuple):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + dump(x, indent, level + 1) for x in v) + "\n" + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = [pad + dump(str(k), indent, level + 1) + ": " + dump(x, indent, level + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(parts) + "\n" + end + "}"
    raise TypeError("cannot serialize")

def main():
    doc = {"job": "render", "priority": 3, "price": 0.1 + 0.2, "tags": ["fast", "cheap"],
           "limits": {"heap": 2 ** 20, "depth": 200, "ok": True, "none": None},
           "note": 'say "hi"\nbye', "empty": [], "nested": [[1, 2], {"a": (3,)}], "path": "C:\\tmp"}
    text = dump(doc, 2, 0)
    print(text)
    print(len(text), text.count("\n"))
    try:
        dump({"f": dump}, 2, 0)
    except TypeError as e:
        print("error:", e)
    return dump([1, "x", None], 0, 0)
