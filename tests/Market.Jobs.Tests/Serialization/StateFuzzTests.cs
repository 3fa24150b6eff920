namespace Market.Jobs.Tests.Serialization;

/// <summary>
/// Corrupt, truncated and mutated state bytes give a clear error (or a state that runs to a clear outcome), never a
/// crash or a hang. The mutator is seeded, so every run replays the same inputs; Fuzz/*.bin holds kept cases.
/// </summary>
public sealed class StateFuzzTests
{
    private const string Source = """
        import math

        def helper(xs, k):
            return [x * k for x in xs if x % 2 == 0]

        def main():
            data = {"a": [1, 2, 3], "b": (4.5, None, True), 7: "seven"}
            data["self"] = data
            total = 0
            for i in range(200):
                try:
                    total += len(helper(list(range(i % 9)), i)) // (i % 5)
                except ZeroDivisionError as e:
                    data[i] = str(e)
                total += int(math.sqrt(i)) + 2 ** 70 // (i + 1)
            g = (v for v in range(10))
            next(g)
            return total, sorted(str(k) for k in data)
        """;

    private static (CompiledModule Module, List<byte[]> States) Samples()
    {
        var module = JobCompiler.Compile(Source).Module!;
        var states = new List<byte[]>();
        var s = JobState.Create(module);
        while (s.Status == JobStatus.Running)
        {
            JobRunner.Run(s, 1500);
            states.Add(StateSerializer.Serialize(s));
        }
        return (module, states);
    }

    [Fact]
    public void Deserialize_EveryTruncation_ReturnsError()
    {
        var (module, states) = Samples();
        byte[] bytes = states[states.Count / 2];
        for (int n = 0; n < bytes.Length; n++)
        {
            var r = StateSerializer.Deserialize(bytes.AsSpan(0, n), module);
            Assert.False(r.Success);
            Assert.StartsWith("invalid job state: ", r.Error);
        }
        Assert.True(StateSerializer.Deserialize(bytes, module).Success);
    }

    [Fact]
    public void Deserialize_RandomMutations_ErrorOrRunnableState()
    {
        var (module, states) = Samples();
        var rng = new Random(20261125);
        int rejected = 0, accepted = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            byte[] bytes = (byte[])states[rng.Next(states.Count)].Clone();
            int edits = 1 + rng.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = rng.Next(bytes.Length);
                switch (rng.Next(3))
                {
                    case 0: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                    case 1: bytes[at] = (byte)rng.Next(256); break;
                    default: bytes[at] = 0xFF; break;
                }
            }
            var r = StateSerializer.Deserialize(bytes, module);
            if (!r.Success)
            {
                rejected++;
                Assert.False(string.IsNullOrEmpty(r.Error));
                continue;
            }
            accepted++;
            // A state that parses may still be nonsense: running it must end in a clear outcome, not an exception.
            var st = r.State!;
            JobRunner.Run(st, 20_000);
            Assert.True(st.Status != JobStatus.Failed || st.Error != null);
            StateSerializer.Serialize(st);
        }
        Assert.True(rejected > 0 && accepted > 0, $"rejected {rejected}, accepted {accepted}");
    }

    [Fact]
    public void Deserialize_WrongModule_ReturnsError()
    {
        var (_, states) = Samples();
        var other = JobCompiler.Compile("def main():\n    return 1\n").Module!;
        var r = StateSerializer.Deserialize(states[0], other);
        Assert.False(r.Success);
        Assert.Contains("module", r.Error);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'M', (byte)'K', (byte)'J', (byte)'O', (byte)'B', (byte)'S', (byte)'T', 0, 99, 0 })]
    public void Deserialize_Garbage_ReturnsError(byte[] bytes)
    {
        var module = JobCompiler.Compile(Source).Module!;
        var r = StateSerializer.Deserialize(bytes, module);
        Assert.False(r.Success);
        Assert.Null(StateSerializer.Inspect(bytes, out string? error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Deserialize_KeptFuzzCases_ReturnErrorOrState()
    {
        var module = JobCompiler.Compile(Source).Module!;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz"), "*.bin"))
        {
            var r = StateSerializer.Deserialize(File.ReadAllBytes(file), module);
            if (Path.GetFileName(file).StartsWith("valid", StringComparison.Ordinal))
            {
                Assert.True(r.Success, r.Error);
            }
            if (r.Success)
            {
                JobRunner.Run(r.State!, 20_000);
            }
            else
            {
                Assert.StartsWith("invalid job state: ", r.Error);
            }
        }
    }

    [Fact]
    public void Serialize_SameState_SameBytesAndDigest()
    {
        var (module, states) = Samples();
        foreach (var bytes in states)
        {
            var back = StateSerializer.Deserialize(bytes, module).State!;
            Assert.Equal(bytes, StateSerializer.Serialize(back));
        }
    }

    [Fact]
    public void Serialize_AliasingAndCycles_Preserved()
    {
        const string src = """
            def main(n=3):
                a = [1, 2]
                b = [a, a]
                a.append(a)
                d = {"x": b}
                d["me"] = d
                i = 0
                while i < n:
                    i += 1
                b[0].append(i)
                return b[1] is a, len(a), d["me"] is d, repr(a)
            """;
        var module = JobCompiler.Compile(src).Module!;
        var s = JobState.Create(module);
        while (s.Status == JobStatus.Running)
        {
            JobRunner.Run(s, 3);
            s = StateSerializer.Deserialize(StateSerializer.Serialize(s), module).State!;
        }
        Assert.Equal("(True, 4, True, '[1, 2, [...], 3]')", s.ResultRepr);
    }
}
