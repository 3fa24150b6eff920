namespace Market.Jobs.Compiler;

/// <summary>A jump target; patched when placed.</summary>
internal sealed class Label
{
    public int Target { get; set; } = -1;
}
