# Corpus: uncaught MemoryError raised by an explicit quota check
# Features: uncaught exception, MemoryError with message, growing list, quota
def grow(buf, n, quota):
    if len(buf) + n > quota:
        raise MemoryError(f"buffer would exceed {quota} items")
    buf.extend([0] * n)

def main():
    buf = []
    for n in [10, 20, 40, 80]:
        grow(buf, n, 100)
        print("size", len(buf))
    return len(buf)
