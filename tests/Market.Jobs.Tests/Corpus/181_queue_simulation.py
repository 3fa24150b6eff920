# Corpus: realistic job: bank-teller queue simulation with a deterministic arrival pattern
# Features: list as FIFO queue, while loop over ticks, tuples, averages, max, f-strings
def main():
    arrivals = {}
    x = 7
    for t in range(60):
        x = (x * 75 + 74) % 65537
        if x % 3 == 0:
            arrivals[t] = 1 + x % 3
    tellers = [0, 0]
    queue = []
    waits = []
    served = 0
    max_len = 0
    for tick in range(90):
        for _ in range(arrivals.get(tick, 0)):
            queue.append(tick)
        for i in range(len(tellers)):
            if tellers[i] > 0:
                tellers[i] -= 1
            if tellers[i] == 0 and queue:
                arrived = queue.pop(0)
                waits.append(tick - arrived)
                tellers[i] = 2 + (arrived % 4)
                served += 1
        max_len = max(max_len, len(queue))
        if tick % 15 == 0:
            print(f"t={tick:>2} queue={len(queue):>2} tellers={tellers}")
    print("arrived", sum(arrivals.values()), "served", served, "left", len(queue))
    print(f"avg wait {sum(waits) / len(waits):.3f} max wait {max(waits)} max queue {max_len}")
    return waits[:10]
