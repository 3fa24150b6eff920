# Corpus: f-string format-spec combinations used in reports
# Features: f-string >10.2f, <6, ^7, 08.3f, ,d, ,.2f, d with width, !r with width, nested expressions
def main():
    rows = [("alpha", 1234567, 3.14159), ("be", -42, -0.5), ("gamma-ray", 0, 1e6), ("", 10 ** 9, 2 / 3)]
    print(f"{'name':<10}|{'count':>14}|{'value':>12}|{'mid':^7}|")
    for name, count, value in rows:
        print(f"{name:<10}|{count:>14,d}|{value:>12.2f}|{name[:3]:^7}|")
    for v in [0.5, -3.25, 12.0, 1234.56789]:
        print(f"[{v:08.3f}] [{v:<10.1f}] [{v:^12.4f}] [{v:,.2f}] [{v:.0f}]")
    for n in [5, -5, 1000000]:
        print(f"[{n:<6}] [{n:^7}] [{n:>8}] [{n:d}] [{n:,}] [{n:08d}] [{n:*^11,}]")
    label = "id"
    print(f"[{label!r:>6}] [{label!r:<6}]")
    total = sum(r[1] for r in rows)
    print(f"TOTAL {total:>20,d} AVG {total / len(rows):>15,.3f}")
    return f"{2 ** 40:,}|{-1.005:.2f}|{'x':^5}|"
