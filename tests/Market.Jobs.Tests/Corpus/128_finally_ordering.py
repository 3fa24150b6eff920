# Corpus: nested try/finally ordering while exceptions propagate through calls
# Features: nested try/finally, propagation through frames, except in outer caller, print order
def level3():
    try:
        print("  level3 start")
        raise ValueError("deep problem")
    finally:
        print("  level3 finally")

def level2():
    try:
        print(" level2 start")
        level3()
        print(" level2 unreachable")
    finally:
        print(" level2 finally")

def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"
    finally:
        print("level1 finally")

def main():
    r = level1()
    print("result", r)
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("handler runs")
            raise IndexError("raised in handler")
        finally:
            print("finally after handler raise")
    except IndexError as e:
        print("got", e)
    return r
