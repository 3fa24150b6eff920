# Corpus: negative zero and sign edge cases for floats
# Features: -0.0, repr, ==, math.fabs, math.atan2, round, abs
import math

def main():
    nz = -0.0
    print(nz, repr(nz), 0.0 == nz, str(-0.0), -0.0 + 0.0, 0.0 * -1)
    print(abs(nz), math.fabs(nz), -nz, round(-0.4), round(-0.4, 1))
    print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
    print(-0, 0 * -1, -0.0 * 5, 1 / -float("inf"), -1e-320 * 1e-10)
    print(int(-0.0), float(-0), max(0.0, -0.0), min(0.0, -0.0))
    print([-0.0, 0.0], (-0.0,), {"z": -0.0})
    return -0.0
