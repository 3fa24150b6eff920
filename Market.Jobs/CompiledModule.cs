using System.Collections.Generic;
using Market.Jobs.Runtime;

namespace Market.Jobs;

/// <summary>A compiled job: bytecode, constants and global names, identified by a content hash.</summary>
/// <remarks>Immutable; a job state refers to its module by <see cref="Hash"/>.</remarks>
public sealed class CompiledModule
{
    internal CompiledModule(string fileName, string source, string hash, CodeObject[] codes, Value[] constants, string[] globalNames, KwCallSite[] callSites)
    {
        FileName = fileName;
        Source = source;
        Hash = hash;
        Codes = codes;
        Constants = constants;
        GlobalNames = globalNames;
        CallSites = callSites;
        SourceLines = source.Replace("\r\n", "\n").Split('\n');
        var builtins = new Value[globalNames.Length];
        for (int i = 0; i < globalNames.Length; i++)
        {
            builtins[i] = Builtins.Lookup(globalNames[i]);
        }
        BuiltinFallback = builtins;
    }

    /// <summary>The file name used in tracebacks.</summary>
    public string FileName { get; }

    /// <summary>The job's source text.</summary>
    public string Source { get; }

    /// <summary>Lowercase hex SHA-256 of the compiler version, the prelude and the source.</summary>
    public string Hash { get; }

    /// <summary>Names of the module's top-level functions and variables.</summary>
    public IReadOnlyList<string> Globals => GlobalNames;

    internal CodeObject[] Codes { get; }

    internal Value[] Constants { get; }

    internal string[] GlobalNames { get; }

    internal KwCallSite[] CallSites { get; }

    internal Value[] BuiltinFallback { get; }

    internal string[] SourceLines { get; }

    /// <summary>The name of the function whose code has this index (for inspection).</summary>
    public string FunctionName(int codeIndex) => codeIndex >= 0 && codeIndex < Codes.Length ? Codes[codeIndex].Name : $"code #{codeIndex}";

    /// <summary>Total bytecode instructions in the module (for inspection).</summary>
    public int InstructionCount
    {
        get
        {
            int n = 0;
            foreach (var c in Codes)
            {
                n += c.Code.Length;
            }
            return n;
        }
    }
}
