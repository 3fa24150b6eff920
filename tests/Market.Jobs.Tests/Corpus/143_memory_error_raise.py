# Corpus: MemoryError raised explicitly by a quota check and caught
# Features: MemoryError, raise with message, quota accounting, except ordering
def allocate(pool, n, quota):
    used = sum(len(b) for b in pool)
    if used + n > quota:
        raise MemoryError(f"quota {quota} exceeded: {used} + {n}")
    pool.append([0] * n)
    return used + n

def main():
    pool = []
    for n in [10, 20, 40, 80, 5]:
        try:
            print("used", allocate(pool, n, 100))
        except MemoryError as e:
            print("MemoryError:", e)
    try:
        raise MemoryError
    except ValueError:
        print("wrong handler")
    except MemoryError as e:
        print("bare MemoryError", repr(str(e)))
    return [len(b) for b in pool]
