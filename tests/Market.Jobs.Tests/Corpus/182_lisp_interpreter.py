# Corpus: realistic job: a tiny Lisp (tokenize, parse, eval) with lambdas, define, if and recursion
# Features: recursion, dicts as environments, lists as s-expressions, closures, isinstance, exceptions
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        lst = []
        pos += 1
        while tokens[pos] != ")":
            node, pos = parse(tokens, pos)
            lst.append(node)
        return lst, pos + 1
    if tok.lstrip("-").isdigit():
        return int(tok), pos + 1
    return tok, pos + 1

def lookup(env, name):
    while env is not None:
        if name in env["vars"]:
            return env["vars"][name]
        env = env["outer"]
    raise NameError("unbound symbol " + name)

def evaluate(x, env):
    if isinstance(x, str):
        return lookup(env, x)
    if isinstance(x, int):
        return x
    head = x[0]
    if head == "quote":
        return x[1]
    if head == "if":
        return evaluate(x[2] if evaluate(x[1], env) else x[3], env)
    if head == "define":
        env["vars"][x[1]] = evaluate(x[2], env)
        return None
    if head == "lambda":
        params, body = x[1], x[2]
        return lambda args: evaluate(body, {"vars": dict(zip(params, args)), "outer": env})
    f = evaluate(head, env)
    return f([evaluate(a, env) for a in x[1:]])

def global_env():
    ops = {
        "+": lambda a: a[0] + a[1], "-": lambda a: a[0] - a[1], "*": lambda a: a[0] * a[1],
        "<": lambda a: a[0] < a[1], "=": lambda a: a[0] == a[1], "list": lambda a: a,
        "car": lambda a: a[0][0], "cdr": lambda a: a[0][1:], "null?": lambda a: a[0] == [],
    }
    return {"vars": ops, "outer": None}

def run(src, env):
    tokens = tokenize(src)
    pos = 0
    result = None
    while pos < len(tokens):
        expr, pos = parse(tokens, pos)
        result = evaluate(expr, env)
    return result

def main():
    env = global_env()
    programs = [
        "(+ 1 (* 2 3))",
        "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
        "(fact 10)",
        "(fact 30)",
        "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
        "(fib 12)",
        "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
        "(len (list 1 2 3 4 5))",
        "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
        "((make-adder 10) 32)",
        "(quote (a b c))",
        "(undefined-fn 1)",
    ]
    results = []
    for p in programs:
        try:
            r = run(p, env)
            print(p, "=>", r)
            results.append(r)
        except NameError as e:
            print(p, "error:", e)
    return results[-1]
