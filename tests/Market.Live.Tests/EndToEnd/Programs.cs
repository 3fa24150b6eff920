namespace Market.Live.Tests;

/// <summary>Programs of different lengths for end-to-end runs (each with a <c>main()</c>).</summary>
internal static class Programs
{
    public static readonly (string Name, string Source)[] All =
    [
        ("short", """
            def main():
                xs = [i * i for i in range(50)]
                print("sum", sum(xs))
                return {"n": len(xs), "last": xs[-1]}
            """),
        ("sieve", """
            def main():
                n = 60000
                flags = [True] * (n + 1)
                flags[0] = flags[1] = False
                i = 2
                while i * i <= n:
                    if flags[i]:
                        for j in range(i * i, n + 1, i):
                            flags[j] = False
                    i += 1
                primes = [k for k in range(n + 1) if flags[k]]
                print("count", len(primes), "largest", primes[-1])
                return primes[-5:]
            """),
        ("words", """
            def main():
                text = "the quick brown fox jumps over the lazy dog " * 400
                counts = {}
                for w in text.split():
                    counts[w] = counts.get(w, 0) + 1
                top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
                for w, c in top:
                    print(w, c)
                return top
            """),
        ("long", """
            def main():
                total = 0
                big = 1
                for i in range(30000000):
                    total = (total + i * i) % 1000003
                    if i % 3000000 == 0:
                        big = big * 3 + total
                print("total", total)
                return (total, big)
            """),
        ("raises", """
            def helper(d):
                return d["missing"]

            def main():
                print("about to fail")
                return helper({"present": 1})
            """),
    ];
}
