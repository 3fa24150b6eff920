namespace Market.Jobs.Runtime;

/// <summary>A built-in method: bound to a receiver, or unbound (<c>str.lower</c>) when Self is unbound.</summary>
internal sealed class BoundMethod
{
    public BoundMethod(Value self, string typeName, string name)
    {
        Self = self;
        TypeName = typeName;
        Name = name;
    }

    public Value Self { get; set; }

    public string TypeName { get; }

    public string Name { get; }
}
