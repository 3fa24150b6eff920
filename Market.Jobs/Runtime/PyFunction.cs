namespace Market.Jobs.Runtime;

/// <summary>A user function or lambda: code, default values and closure cells.</summary>
internal sealed class PyFunction
{
    public PyFunction(CodeObject code, Value[] defaults, Cell[] closure)
    {
        Code = code;
        Defaults = defaults;
        Closure = closure;
    }

    public CodeObject Code { get; }

    public Value[] Defaults { get; }

    public Cell[] Closure { get; }
}
