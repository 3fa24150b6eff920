# Corpus: try/except catching built-in errors raised by operations
# Features: try, except with named type, as e, print(e), several handlers, handler selection
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [1, 2][5]
    if kind == 2:
        return {"a": 1}["b"]
    if kind == 3:
        return int("abc")
    if kind == 4:
        return "x" + 1
    return "fine"

def main():
    for k in range(6):
        try:
            r = risky(k)
            print(k, "returned", r)
        except ZeroDivisionError as e:
            print(k, "ZeroDivisionError:", e)
        except IndexError as e:
            print(k, "IndexError:", e)
        except KeyError as e:
            print(k, "KeyError:", e)
        except ValueError as e:
            print(k, "ValueError:", e)
        except TypeError as e:
            print(k, "TypeError:", e)
    return "done"
