using System.Collections.Generic;
using Market.Jobs.Runtime;

namespace Market.Jobs.Compiler;

/// <summary>State shared by all code objects of one module: constants, global names, code list, call sites.</summary>
internal sealed class ModuleBuilder
{
    private readonly Dictionary<(string Kind, string Text), int> constIndex = new();
    private readonly Dictionary<string, int> globalIndex = new();

    public List<Value> Constants { get; } = new();

    public List<string> GlobalNames { get; } = new();

    public List<CodeObject?> Codes { get; } = new();

    public List<KwCallSite> CallSites { get; } = new();

    public int Const(Value v)
    {
        string kind = v.Obj switch
        {
            string => "s",
            PyBigInt => "b",
            Tag t => t.Name,
            _ => "?",
        };
        string text = v.IsFloat ? v.Bits.ToString(System.Globalization.CultureInfo.InvariantCulture) : Ops.Repr(v);
        if (!constIndex.TryGetValue((kind, text), out int i))
        {
            i = Constants.Count;
            Constants.Add(v);
            constIndex[(kind, text)] = i;
        }
        return i;
    }

    public int Global(string name)
    {
        if (!globalIndex.TryGetValue(name, out int i))
        {
            i = GlobalNames.Count;
            GlobalNames.Add(name);
            globalIndex[name] = i;
        }
        return i;
    }

    public int ReserveCode()
    {
        Codes.Add(null);
        return Codes.Count - 1;
    }

    public int CallSite(int positional, string[] names)
    {
        CallSites.Add(new KwCallSite(positional, names));
        return CallSites.Count - 1;
    }
}
