# Corpus: RecursionError raised explicitly and caught; bounded recursion completes
# Features: RecursionError, raise with message, catching in caller, depth guard
def guarded(n, limit):
    if n > limit:
        raise RecursionError("depth limit " + str(limit) + " exceeded at " + str(n))
    if n == 100:
        return n
    return guarded(n + 1, limit)

def main():
    print(guarded(0, 500))
    try:
        guarded(0, 50)
    except RecursionError as e:
        print("RecursionError:", e)
    hits = 0
    for lim in [10, 99, 100, 150]:
        try:
            guarded(0, lim)
        except RecursionError:
            hits += 1
    print("hits", hits)
    return hits
