# Corpus: module-level constant tables (tuples, dicts, lists, strings, numbers) read by functions
# Features: top-level constants, global reads, tuple/dict/list constants, negative constants, big int constants
WIDTH = 8
SCALE = -2.5
BIG = 123456789012345678901234567890
UNITS = ("B", "KB", "MB", "GB", "TB")
COLORS = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255)}
PRIMES = [2, 3, 5, 7, 11, 13]
GREETING = "hello"
NOTHING = None
FLAG = True

def human(n):
    i = 0
    v = float(n)
    while v >= 1024 and i < len(UNITS) - 1:
        v /= 1024
        i += 1
    return f"{v:.1f}{UNITS[i]}"

def main():
    print(WIDTH * SCALE, BIG * 2, BIG % 97)
    print([human(n) for n in [0, 1023, 1024, 10 ** 6, 2 ** 40, 10 ** 16]])
    for name, (r, g, b) in COLORS.items():
        print(name.rjust(WIDTH), r + g + b)
    print(sum(PRIMES), GREETING.upper(), NOTHING is None, FLAG and "on")
    PRIMES.append(17)
    print(PRIMES)
    return (WIDTH, UNITS[-1], len(COLORS))
