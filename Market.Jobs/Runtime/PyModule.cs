namespace Market.Jobs.Runtime;

/// <summary>The <c>math</c> module (the only importable module).</summary>
internal sealed class PyModule
{
    public static readonly PyModule Math = new();

    private PyModule()
    {
    }
}
