# Corpus: thousands separator in f-strings for ints and floats
# Features: f-string ',', ',d', ',.2f', '>15,', big ints
def main():
    for n in [0, 999, 1000, -1234567, 10 ** 12, 2 ** 64]:
        print(f"{n:,} | {n:,d} | {n:>20,} |")
    for x in [1234.5, -9876543.21, 0.5, 1e9]:
        print(f"{x:,.2f} | {x:>16,.1f} |")
    total = sum(range(1, 100001))
    print(f"total = {total:,}")
    return f"{1234567890:,}"
