namespace Market.Jobs.Runtime;

/// <summary>An iterator over a dict's keys (kind 0), values (1) or items (2), by entry slot.</summary>
internal sealed class DictIter
{
    public DictIter(PyDict dict, int kind, int slot, int size)
    {
        Dict = dict;
        Kind = kind;
        Slot = slot;
        Size = size;
    }

    public PyDict Dict { get; set; }

    public int Kind { get; }

    public int Slot;

    /// <summary>The dict's size when iteration began; a change is a RuntimeError, as in CPython.</summary>
    public int Size { get; }
}
