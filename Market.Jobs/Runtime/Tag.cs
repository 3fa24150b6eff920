namespace Market.Jobs.Runtime;

/// <summary>Marks the unboxed kinds of <see cref="Value"/>; the payload sits in <see cref="Value.Bits"/>.</summary>
internal sealed class Tag
{
    public static readonly Tag Int = new("int");
    public static readonly Tag Float = new("float");
    public static readonly Tag Bool = new("bool");
    public static readonly Tag None = new("NoneType");

    private Tag(string name) => Name = name;

    public string Name { get; }
}
