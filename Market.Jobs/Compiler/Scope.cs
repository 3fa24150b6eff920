using System.Collections.Generic;

namespace Market.Jobs.Compiler;

/// <summary>A lexical scope with its bindings, declarations and resolved symbols.</summary>
internal sealed class Scope
{
    public Scope(ScopeKind kind, Scope? parent, string name)
    {
        Kind = kind;
        Parent = parent;
        Name = name;
        Owner = kind == ScopeKind.Comprehension ? parent!.Owner : this;
    }

    public ScopeKind Kind { get; }

    public Scope? Parent { get; }

    public string Name { get; }

    /// <summary>The function or module scope whose frame holds this scope's slots.</summary>
    public Scope Owner { get; }

    public List<string> Params { get; } = new();

    public HashSet<string> Bound { get; } = new();

    public List<string> BoundOrder { get; } = new();

    public HashSet<string> Globals { get; } = new();

    public HashSet<string> Nonlocals { get; } = new();

    public List<(string Name, int Line, int Col)> Uses { get; } = new();

    public Dictionary<string, Symbol> Symbols { get; } = new();

    /// <summary>Free variables of a function, in closure order.</summary>
    public List<string> Frees { get; } = new();

    /// <summary>Own symbols that live in cells (created by MakeCell at entry).</summary>
    public List<Symbol> Cells { get; } = new();

    /// <summary>Slot names of the owning frame (owner scopes only).</summary>
    public List<string> SlotNames { get; } = new();

    public void Bind(string name)
    {
        if (Bound.Add(name))
        {
            BoundOrder.Add(name);
        }
    }

    public int NewSlot(string name)
    {
        Owner.SlotNames.Add(name);
        return Owner.SlotNames.Count - 1;
    }
}
