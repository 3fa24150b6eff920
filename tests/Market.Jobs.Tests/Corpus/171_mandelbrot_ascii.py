# Corpus: realistic job: ASCII Mandelbrot set with float iteration counts
# Features: nested loops over floats, while with two conditions, string indexing of a palette, join
def escape(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        n += 1
    return n

def main():
    palette = " .:-=+*#%@"
    limit = 30
    rows = []
    total = 0
    for y in range(-12, 13):
        line = ""
        for x in range(-40, 20):
            n = escape(x / 20, y / 10, limit)
            total += n
            line += palette[min(n * len(palette) // limit, len(palette) - 1)] if n < limit else "@"
        rows.append(line.rstrip())
    print("\n".join(rows))
    print("total iterations", total)
    return escape(-0.75, 0.1, 1000)
