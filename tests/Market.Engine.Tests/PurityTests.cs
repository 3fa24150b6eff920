namespace Market.Engine.Tests;

public sealed class PurityTests
{
    [Fact]
    public void EngineAssembly_ReferencesOnlyTheFramework()
    {
        string[] references = typeof(MarketEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", name + " is not part of the framework"));
        Assert.DoesNotContain(references, n => n.Contains("Net.Http", StringComparison.Ordinal) || n.Contains("IO.FileSystem", StringComparison.Ordinal) || n.Contains("Threading.Thread", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsafeCode_OnlyInThePrefetchHint()
    {
        // The engine allows unsafe code for one thing: asking the processor for a cache line by its
        // address (never read through). Any other unsafe code would be a new kind of risk.
        string? root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Market.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        Assert.NotNull(root);
        string engine = Path.Combine(root, "Market.Engine");
        string[] withUnsafe = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\bunsafe\b"))
            .Select(f => Path.GetRelativePath(engine, f).Replace('\\', '/'))
            .ToArray();
        Assert.Equal(["Internal/Prefetch.cs"], withUnsafe);
    }

    [Fact]
    public void BannedSymbols_CoverClockRandomnessIoAndThreads()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "BannedSymbols.txt");
        string text = File.ReadAllText(path);
        foreach (string banned in new[] { "P:System.DateTime.UtcNow", "M:System.Guid.NewGuid", "T:System.Random", "N:System.IO", "N:System.Threading", "T:System.Net.Http.HttpClient" })
        {
            Assert.Contains(banned, text);
        }
    }
}
