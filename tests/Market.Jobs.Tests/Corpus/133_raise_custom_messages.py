# Corpus: raising built-in exception types with custom messages and validating input
# Features: raise ValueError("..."), raise TypeError, raise without message, except as e, str(e)
def withdraw(balance, amount):
    if not isinstance(amount, int):
        raise TypeError("amount must be an int")
    if amount <= 0:
        raise ValueError("amount must be positive, got " + str(amount))
    if amount > balance:
        raise ValueError(f"insufficient funds: {balance} < {amount}")
    return balance - amount

def main():
    balance = 100
    for amt in [30, -5, 500, "ten", 70, 1]:
        try:
            balance = withdraw(balance, amt)
            print("ok, balance", balance)
        except ValueError as e:
            print("rejected:", e)
        except TypeError as e:
            print("bad type:", e)
    try:
        raise KeyError
    except KeyError as e:
        print("bare class raised:", repr(str(e)))
    try:
        raise IndexError()
    except IndexError as e:
        print("empty message:", repr(str(e)))
    try:
        raise KeyError("some key")
    except KeyError as e:
        print("KeyError str:", e)
    try:
        raise ValueError("multi", 2)
    except ValueError as e:
        print("multi-arg:", e)
    return balance
