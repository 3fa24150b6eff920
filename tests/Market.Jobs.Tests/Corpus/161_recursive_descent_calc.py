# Corpus: realistic job: tokenizer and recursive-descent evaluator for arithmetic expressions
# Features: string scanning, isdigit, recursion, list-as-cursor closure state, exceptions for errors
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    return tokens

def evaluate(s):
    toks = tokenize(s)
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        t = peek()
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek() == "+" or peek() == "-":
            v = v + term() if take() == "+" else v - term()
        return v
    def term():
        v = power()
        while peek() in ("*", "/", "%"):
            op = take()
            rhs = power()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def power():
        base = unary()
        if peek() == "^":
            take()
            return base ** power()
        return base
    def unary():
        if peek() == "-":
            take()
            return -unary()
        return atom()
    def atom():
        t = take()
        if t == "(":
            v = expr()
            if take() != ")":
                raise ValueError("expected )")
            return v
        if isinstance(t, int) or isinstance(t, float):
            return t
        raise ValueError(f"unexpected token {t!r}")
    v = expr()
    if peek() is not None:
        raise ValueError(f"trailing token {peek()!r}")
    return v

def main():
    exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5",
             "2 ^ 100", "((((1))))", "3 - -3", "1.5 * 4", "1 / 0", "2 +", "4 $ 4", "(1 + 2"]
    results = []
    for e in exprs:
        try:
            v = evaluate(e)
            print(f"{e:<14} = {v!r}")
            results.append(v)
        except ZeroDivisionError as err:
            print(f"{e:<14} ! {err}")
        except ValueError as err:
            print(f"{e:<14} ! {err}")
    return results
