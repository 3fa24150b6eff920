namespace Market.Jobs.Runtime;

/// <summary>A live view of a dict: <c>keys()</c> (kind 0), <c>values()</c> (1) or <c>items()</c> (2).</summary>
internal sealed class DictView
{
    public DictView(PyDict dict, int kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; set; }

    public int Kind { get; }
}
