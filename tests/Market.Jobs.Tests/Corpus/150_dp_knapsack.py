# Corpus: realistic job: 0/1 knapsack, coin change counting and minimum coins
# Features: 1-D and 2-D DP, reversed range loops, float('inf'), big counts, item reconstruction
def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i in range(1, len(items) + 1):
        w, v = items[i - 1][1], items[i - 1][2]
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[-1][cap], chosen[::-1]

def coin_ways(coins, total):
    ways = [1] + [0] * total
    for coin in coins:
        for t in range(coin, total + 1):
            ways[t] += ways[t - coin]
    return ways[total]

def min_coins(coins, total):
    inf = float("inf")
    best = [0] + [inf] * total
    for t in range(1, total + 1):
        for coin in coins:
            if coin <= t and best[t - coin] + 1 < best[t]:
                best[t] = best[t - coin] + 1
    return best[total] if best[total] != inf else -1

def main():
    items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
             ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
             ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
    print(knapsack(items, 400))
    print(knapsack(items, 100))
    print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
    print(coin_ways([1, 5, 10, 25, 50, 100], 1000))
    print(min_coins([1, 5, 10, 25], 63), min_coins([7, 3], 11), min_coins([4, 6], 7))
    return coin_ways(list(range(1, 60)), 300)
