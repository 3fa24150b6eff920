# Corpus: functions stored in lists and dicts, dispatch tables, function identity
# Features: functions as values, dict dispatch, is on functions, calling through containers
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def main():
    table = {"add": add, "sub": sub, "mul": mul}
    program = [("add", 2, 3), ("mul", 4, 5), ("sub", 10, 20), ("pow", 2, 8)]
    for op, a, b in program:
        f = table.get(op)
        if f is None:
            print(op, "unknown")
        else:
            print(op, a, b, f(a, b))
    fs = [add, sub, mul]
    print([f(6, 3) for f in fs])
    alias = add
    print(alias is add, alias is sub, alias(1, 1))
    table["pow"] = pow
    print(table["pow"](2, 8), table["pow"] is pow)
    print(callable_count(fs))
    return [f(2, 2) for f in table.values()]

def callable_count(fs):
    return len([f for f in fs if f is not None])
