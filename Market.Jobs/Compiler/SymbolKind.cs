namespace Market.Jobs.Compiler;

/// <summary>Where a name lives at run time.</summary>
internal enum SymbolKind
{
    Global,
    Fast,
    Cell,
    Free,
}
