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
