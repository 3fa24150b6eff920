# Corpus: iterating dicts via keys, values and items
# Features: dict.keys, dict.values, dict.items, for with tuple target, sum of values, list()
def main():
    prices = {"bolt": 0.25, "nut": 0.1, "gear": 3.5, "belt": 12.0}
    for k in prices:
        print(k, prices[k])
    for k, v in prices.items():
        print(f"{k:>6}: {v:6.2f}")
    print(list(prices.keys()), list(prices.values()))
    print(sum(prices.values()), max(prices.values()), len(prices.keys()))
    print(sorted(prices.items(), key=lambda kv: kv[1]))
    expensive = [k for k, v in prices.items() if v > 1]
    print(expensive)
    inverted = {}
    for k, v in prices.items():
        inverted[v] = k
    print(inverted)
    return list(prices.items())[1:3]
