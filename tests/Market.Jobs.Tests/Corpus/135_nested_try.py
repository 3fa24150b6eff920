# Corpus: nested try blocks: inner handlers that do not match let exceptions reach outer ones
# Features: nested try/except, handler matching order, exception in else, exception in finally
def main():
    for kind in ["index", "key", "zero", "none"]:
        try:
            try:
                if kind == "index":
                    [][1]
                elif kind == "key":
                    {}["k"]
                elif kind == "zero":
                    1 % 0
                print("inner ok", kind)
            except IndexError as e:
                print("inner caught IndexError:", e)
            except ZeroDivisionError as e:
                print("inner caught ZeroDivisionError:", e)
            else:
                print("inner else", kind)
        except KeyError as e:
            print("outer caught KeyError:", e)
    try:
        try:
            x = 1
        except ValueError:
            print("never")
        else:
            raise ValueError("raised from else")
    except ValueError as e:
        print("outer:", e)
    try:
        try:
            raise IndexError("original")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        print("finally exception wins:", e)
    except IndexError as e:
        print("never:", e)
    return kind
