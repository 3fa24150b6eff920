# Corpus: pass in functions, loops, branches and handlers; functions with implicit None returns
# Features: pass, implicit return None, empty loop bodies, try/except pass
def stub():
    pass

def early(x):
    if x > 0:
        return
    print("non-positive", x)

def main():
    print(stub(), early(5), early(-1))
    for i in range(3):
        pass
    print("i after pass loop", i)
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            pass
        else:
            print("n", n)
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    print("swallowed")
    if True:
        pass
    elif False:
        print("never")
    return stub()
