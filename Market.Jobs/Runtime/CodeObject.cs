namespace Market.Jobs.Runtime;

/// <summary>The compiled body of a function (or of the module), immutable and shared by all its calls.</summary>
internal sealed class CodeObject
{
    public required int Index { get; init; }

    public required string Name { get; init; }

    public required string[] ParamNames
    {
        get => paramNames;
        init
        {
            paramNames = value;
            ArgCount = value.Length;
        }
    }

    private readonly string[] paramNames = System.Array.Empty<string>();

    /// <summary>Total local slots: parameters, locals, cells, free variables and hidden temporaries.</summary>
    public required int LocalCount { get; init; }

    /// <summary>Slots that receive the function's closure cells, in closure order.</summary>
    public required int[] FreeSlots { get; init; }

    /// <summary>Names of all local slots (for error messages and state inspection).</summary>
    public required string[] SlotNames { get; init; }

    /// <summary>Source line of the def (for tracebacks of the module code, 0).</summary>
    public required int FirstLine { get; init; }

    public required Instr[] Code
    {
        get => code;
        init
        {
            code = value;
            quick = Quickening.Build(value);
        }
    }

    /// <summary>The code with superinstructions (same positions and arguments) that the interpreter loop dispatches on.</summary>
    public Instr[] Quick => quick;

    private readonly Instr[] code = System.Array.Empty<Instr>();
    private readonly Instr[] quick = System.Array.Empty<Instr>();

    public required int[] Lines { get; init; }

    public required int MaxStack { get; init; }

    /// <summary>Whether this is prelude code (hidden from tracebacks).</summary>
    public required bool Hidden { get; init; }

    /// <summary>Number of default values MakeFunction pops.</summary>
    public required int DefaultCount { get; init; }

    /// <summary>Calling this code makes a generator instead of running it.</summary>
    public bool IsGenerator { get; init; }

    public int ArgCount { get; private init; }
}
