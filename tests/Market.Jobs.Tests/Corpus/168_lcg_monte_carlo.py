# Corpus: realistic job: deterministic pseudo-random numbers (LCG) driving a Monte Carlo estimate and a shuffle
# Features: closure state, modular arithmetic, floats, Fisher-Yates shuffle, histogram with dict
def make_rng(seed):
    state = [seed]
    def rand():
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        return state[0] // 2048
    def uniform():
        return rand() / 2 ** 53
    def randint(lo, hi):
        return lo + rand() % (hi - lo + 1)
    return uniform, randint

def main():
    uniform, randint = make_rng(2024)
    print([randint(1, 6) for _ in range(20)])
    inside = 0
    n = 4000
    for _ in range(n):
        x, y = uniform(), uniform()
        if x * x + y * y <= 1:
            inside += 1
    print("pi estimate", 4 * inside / n)
    deck = list(range(1, 21))
    for i in range(len(deck) - 1, 0, -1):
        j = randint(0, i)
        deck[i], deck[j] = deck[j], deck[i]
    print(deck, sorted(deck) == list(range(1, 21)))
    hist = {}
    for _ in range(3000):
        s = randint(1, 6) + randint(1, 6)
        hist[s] = hist.get(s, 0) + 1
    for k in sorted(hist):
        print(f"{k:>2} {hist[k]:>4} " + "#" * (hist[k] // 20))
    return uniform()
