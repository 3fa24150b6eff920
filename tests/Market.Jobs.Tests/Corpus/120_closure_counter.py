# Corpus: closures with mutable state held in a list or dict (no nonlocal)
# Features: closure over list cell, dict state, multiple closures sharing state, independent instances
def make_counter(start=0):
    state = [start]
    def inc(step=1):
        state[0] += step
        return state[0]
    def get():
        return state[0]
    return inc, get

def make_bank():
    accounts = {}
    def deposit(name, amt):
        accounts[name] = accounts.get(name, 0) + amt
        return accounts[name]
    def report():
        return sorted(accounts.items())
    return deposit, report

def main():
    inc, get = make_counter()
    inc()
    inc()
    inc(10)
    print(get())
    inc2, get2 = make_counter(100)
    print(inc2(), get(), get2())
    deposit, report = make_bank()
    deposit("ann", 50)
    deposit("bob", 20)
    deposit("ann", -15)
    print(report())
    d2, r2 = make_bank()
    print(r2(), d2("x", 1), report())
    return (get(), get2())
