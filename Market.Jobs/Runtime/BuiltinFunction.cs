namespace Market.Jobs.Runtime;

/// <summary>A built-in function value (serialized by its name).</summary>
internal sealed class BuiltinFunction
{
    public BuiltinFunction(string name, NativeFn fn, bool isType = false)
    {
        Name = name;
        Fn = fn;
        IsType = isType;
    }

    public string Name { get; }

    public NativeFn Fn { get; }

    /// <summary>Whether this is a type (int, str, list, ...), which prints as <c>&lt;class 'int'&gt;</c>.</summary>
    public bool IsType { get; }
}
