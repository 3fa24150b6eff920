# Corpus: uncaught AssertionError with a message after checks that pass
# Features: uncaught exception, assert with message, f-string message, loop of invariants
def check(balance):
    assert balance >= 0, f"negative balance: {balance}"
    return balance

def main():
    balance = 10
    for delta in [5, -12, 4, -9, 1]:
        balance += delta
        print("balance", check(balance))
    return balance
