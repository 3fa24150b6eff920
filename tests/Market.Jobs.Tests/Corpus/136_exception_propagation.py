# Corpus: exceptions propagating through many frames and loops, partial results
# Features: deep call chains, exception through recursion, loop stops midway, state after exception
def descend(n, trail):
    trail.append(n)
    if n == 0:
        raise ValueError("bottom reached")
    return descend(n - 1, trail)

def process_all(items):
    done = []
    for it in items:
        done.append(10 // it)
    return done

def main():
    trail = []
    try:
        descend(50, trail)
    except ValueError as e:
        print(e, len(trail), trail[:3], trail[-3:])
    items = [5, 2, 0, 1]
    partial = []
    try:
        for it in items:
            partial.append(10 // it)
    except ZeroDivisionError:
        print("partial", partial)
    try:
        process_all(items)
    except ZeroDivisionError as e:
        print("process_all failed:", e)
    results = []
    for it in items:
        try:
            results.append(10 // it)
        except ZeroDivisionError:
            results.append(None)
    print(results)
    return results
