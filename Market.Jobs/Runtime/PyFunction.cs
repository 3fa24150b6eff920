namespace Market.Jobs.Runtime;

/// <summary>A user function or lambda: code, default values and closure cells.</summary>
internal sealed class PyFunction
{
    public PyFunction(CodeObject code, Value[] defaults, Cell[] closure)
    {
        Code = code;
        Defaults = defaults;
        Closure = closure;
        FastArity = code.IsGenerator ? -1 : code.ArgCount;
    }

    /// <summary>The positional argument count a plain call takes the interpreter's fast path with (-1: never, a generator).</summary>
    public int FastArity { get; }

    public CodeObject Code { get; }

    public Value[] Defaults { get; }

    public Cell[] Closure { get; }
}
