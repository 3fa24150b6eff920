# Corpus: re-raising caught exceptions with bare raise and raising a different type
# Features: bare raise, raise in except, exception propagation, finally with re-raise
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("parse failed for", repr(s))
        raise

def parse_or_key(s):
    try:
        return parse(s)
    except ValueError as e:
        raise KeyError("bad input " + s)

def main():
    print(parse("12"))
    try:
        parse("x")
    except ValueError as e:
        print("outer got:", e)
    try:
        parse_or_key("y")
    except KeyError as e:
        print("converted:", e)
    try:
        try:
            [][0]
        except IndexError:
            print("logging and re-raising")
            raise
        finally:
            print("finally before propagation")
    except IndexError as e:
        print("top:", e)
    return parse("-7")
