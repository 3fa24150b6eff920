# Corpus: realistic job: bank ledger processing transactions with validation, rollback and reports
# Features: dicts of dicts, exceptions for business rules, try/except/else, sorted reports, f-strings with , and .2f
def apply(accounts, tx):
    kind = tx[0]
    if kind == "open":
        name = tx[1]
        if name in accounts:
            raise KeyError("duplicate account " + name)
        accounts[name] = {"balance": 0, "history": []}
    elif kind == "deposit":
        _, name, amt = tx
        if amt <= 0:
            raise ValueError("deposit must be positive")
        accounts[name]["balance"] += amt
        accounts[name]["history"].append(amt)
    elif kind == "transfer":
        _, src, dst, amt = tx
        if accounts[src]["balance"] < amt:
            raise ValueError(f"insufficient funds in {src}: {accounts[src]['balance']} < {amt}")
        accounts[src]["balance"] -= amt
        accounts[dst]["balance"] += amt
        accounts[src]["history"].append(-amt)
        accounts[dst]["history"].append(amt)
    else:
        raise TypeError("unknown transaction " + repr(kind))

def main():
    txs = [("open", "alice"), ("open", "bob"), ("deposit", "alice", 150000), ("deposit", "bob", 2500),
           ("transfer", "alice", "bob", 30000), ("transfer", "bob", "alice", 999999), ("open", "alice"),
           ("deposit", "carol", 10), ("deposit", "bob", -5), ("refund", "bob"), ("transfer", "bob", "alice", 1250)]
    accounts = {}
    ok = 0
    for i, tx in enumerate(txs):
        try:
            apply(accounts, tx)
        except KeyError as e:
            print(i, "key error:", e)
        except ValueError as e:
            print(i, "rejected:", e)
        except TypeError as e:
            print(i, "type error:", e)
        else:
            ok += 1
    print("applied", ok, "of", len(txs))
    for name in sorted(accounts):
        acct = accounts[name]
        print(f"{name:<8}{acct['balance'] / 100:>12,.2f} {acct['history']}")
    total = sum(a["balance"] for a in accounts.values())
    print(f"total {total:,d} cents")
    return {k: v["balance"] for k, v in accounts.items()}
