namespace Market.Jobs.Compiler;

/// <summary>A resolved name: its kind and its slot (frame slot, or global index).</summary>
internal sealed class Symbol
{
    public Symbol(string name, SymbolKind kind, int slot)
    {
        Name = name;
        Kind = kind;
        Slot = slot;
    }

    public string Name { get; }

    public SymbolKind Kind { get; set; }

    public int Slot { get; }

    public bool IsDeref => Kind is SymbolKind.Cell or SymbolKind.Free;
}
