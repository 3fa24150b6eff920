# Corpus: try/except/else/finally ordering on success and failure
# Features: try, except, else, finally, ordering of prints, finally after return
def attempt(x):
    log = []
    try:
        log.append("try")
        v = 10 // x
        log.append("computed")
    except ZeroDivisionError:
        log.append("except")
        v = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return v, log

def with_return(x):
    try:
        if x:
            return "from try"
        print("no return in try")
    finally:
        print("finally runs for", x)
    return "after finally"

def main():
    print(attempt(2))
    print(attempt(0))
    print(with_return(True))
    print(with_return(False))
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
    return attempt(5)[1]
