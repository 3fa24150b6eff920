# Corpus: local variables shadow globals; NameError (UnboundLocalError) for read-before-assign
# Features: scoping, shadowing, global read, NameError caught (UnboundLocalError is a NameError)
RATE = 3

def uses_global(x):
    return x * RATE

def shadows(x):
    RATE = 10
    return x * RATE

def broken():
    total = RATE
    if False:
        RATE = 0
    return total

def main():
    print(uses_global(2), shadows(2), RATE)
    try:
        broken()
    except NameError as e:
        print("NameError:", e)
    try:
        print(undefined_thing)
    except NameError as e:
        print("NameError:", e)
    x = 1
    def reader():
        return x + 1
    print(reader())
    x = 100
    print(reader())
    return RATE
