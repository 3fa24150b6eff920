# Corpus: global statement inside functions updating module-level state
# Features: global, module constants, rebinding globals, reading globals without global
COUNTER = 0
LOG = []
LIMIT = 5

def bump(n):
    global COUNTER
    COUNTER += n
    return COUNTER

def record(msg):
    LOG.append(msg)

def reset():
    global COUNTER, LOG
    COUNTER = 0
    LOG = []

def main():
    for i in range(LIMIT):
        bump(i)
        record("bump " + str(i))
    print(COUNTER, LOG)
    reset()
    print(COUNTER, LOG)
    bump(10)
    record("after reset")
    print(COUNTER, LOG)
    def inner():
        global LIMIT
        LIMIT = LIMIT * 2
        return LIMIT
    print(inner(), inner(), LIMIT)
    return (COUNTER, LIMIT, LOG)
