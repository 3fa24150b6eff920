using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>An exception instance: its class, its arguments and the traceback captured when first raised.</summary>
internal sealed class PyException
{
    public PyException(ExcType type, Value[] args)
    {
        Type = type;
        Args = args;
    }

    public ExcType Type { get; }

    public Value[] Args { get; }

    /// <summary>Outermost call first; empty until the exception is raised.</summary>
    public List<TraceEntry> Traceback { get; set; } = new();
}
