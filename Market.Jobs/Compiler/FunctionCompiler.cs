using System.Collections.Generic;
using System.Numerics;
using Market.Jobs.Runtime;
using Market.Jobs.Syntax;

namespace Market.Jobs.Compiler;

/// <summary>Compiles one function (or the module body) to a code object.</summary>
internal sealed partial class FunctionCompiler
{
    private readonly ModuleBuilder mb;
    private readonly Dictionary<object, Scope> scopes;
    private readonly Resolver resolver;
    private readonly List<CompileError> errors;
    private readonly Scope fscope;
    private readonly CodeBuilder b = new();
    private readonly List<BlockInfo> blocks = new();
    private readonly List<int> handlerExcSlots = new();
    private readonly bool hidden;
    private Scope scope;

    /// <summary>Prelude statements: their functions are hidden from tracebacks.</summary>
    public HashSet<object> HiddenDefs { get; init; } = new();

    public FunctionCompiler(ModuleBuilder mb, Dictionary<object, Scope> scopes, Resolver resolver, List<CompileError> errors, Scope fscope, bool hidden)
    {
        this.mb = mb;
        this.scopes = scopes;
        this.resolver = resolver;
        this.errors = errors;
        this.fscope = fscope;
        scope = fscope;
        this.hidden = hidden;
    }

    private sealed class BlockInfo
    {
        public required string Kind { get; init; } // loop, except, finally

        public Label? Break { get; init; }

        public Label? Continue { get; init; }

        public bool IsFor { get; init; }

        public List<Stmt>? FinallyBody { get; init; }
    }

    public CodeObject CompileBody(int index, string name, List<Stmt>? body, Expr? lambdaBody, int line, int defaultCount)
    {
        b.Line = line;
        foreach (var cell in fscope.Cells)
        {
            b.Emit(Op.MakeCell, cell.Slot);
        }
        if (body != null)
        {
            Stmts(body);
            b.Emit(Op.LoadNone);
            b.Emit(Op.ReturnValue);
        }
        else
        {
            b.Line = lambdaBody!.Line;
            Expr(lambdaBody);
            b.Emit(Op.ReturnValue);
        }
        return Finish(index, name, defaultCount, line, isGenerator: false);
    }

    /// <summary>The code object of what this compiler emitted, with the function scope's parameters, slots and closure.</summary>
    private CodeObject Finish(int index, string name, int defaultCount, int line, bool isGenerator)
    {
        var (code, lines, maxStack) = b.Finish(mb);
        var freeSlots = new int[fscope.Frees.Count];
        for (int i = 0; i < freeSlots.Length; i++)
        {
            freeSlots[i] = fscope.Symbols[fscope.Frees[i]].Slot;
        }
        return new CodeObject
        {
            Index = index,
            Name = name,
            ParamNames = fscope.Params.ToArray(),
            LocalCount = fscope.SlotNames.Count,
            SlotNames = fscope.SlotNames.ToArray(),
            FreeSlots = freeSlots,
            Code = code,
            Lines = lines,
            MaxStack = maxStack,
            Hidden = hidden,
            DefaultCount = defaultCount,
            FirstLine = line,
            IsGenerator = isGenerator,
        };
    }

    private Symbol? Sym(string name, int line, int col) => resolver.Resolve(scope, name, line, col);

    private void LoadName(string name, int line, int col)
    {
        var s = Sym(name, line, col);
        if (s == null)
        {
            b.Emit(Op.LoadNone);
            return;
        }
        switch (s.Kind)
        {
            case SymbolKind.Global: b.Emit(Op.LoadGlobal, mb.Global(name)); break;
            case SymbolKind.Fast: b.Emit(Op.LoadFast, s.Slot); break;
            default: b.Emit(Op.LoadDeref, s.Slot); break;
        }
    }

    private void StoreName(string name, int line, int col)
    {
        var s = Sym(name, line, col);
        if (s == null)
        {
            b.Emit(Op.PopTop);
            return;
        }
        switch (s.Kind)
        {
            case SymbolKind.Global: b.Emit(Op.StoreGlobal, mb.Global(name)); break;
            case SymbolKind.Fast: b.Emit(Op.StoreFast, s.Slot); break;
            default: b.Emit(Op.StoreDeref, s.Slot); break;
        }
    }

    private void DeleteName(string name, int line, int col)
    {
        var s = Sym(name, line, col);
        if (s == null)
        {
            return;
        }
        switch (s.Kind)
        {
            case SymbolKind.Global: b.Emit(Op.DeleteGlobal, mb.Global(name)); break;
            case SymbolKind.Fast: b.Emit(Op.DeleteFast, s.Slot); break;
            default: b.Emit(Op.DeleteDeref, s.Slot); break;
        }
    }

    private int NewTemp(string what) => fscope.NewSlot("." + what);

    private int Const(object? v) => mb.Const(v switch
    {
        null => Value.None,
        bool x => Value.Bool(x),
        BigInteger i => Value.Big(i),
        double d => Value.FromDouble(d),
        string s => new Value(s),
        _ => throw new System.InvalidOperationException(),
    });

    private void Error(int line, int col, string message) => errors.Add(new CompileError(line, col, message));

    /// <summary>Compiles a nested def or lambda and emits the code that creates the function object.</summary>
    private void MakeFunction(object node, string name, List<Param> ps, List<Stmt>? body, Expr? lambdaBody, int line)
    {
        int defaults = 0;
        foreach (var p in ps)
        {
            if (p.Default != null)
            {
                Expr(p.Default);
                defaults++;
            }
        }
        var inner = scopes[node];
        foreach (var free in inner.Frees)
        {
            var s = Sym(free, line, 0)!;
            b.Emit(Op.LoadClosure, s.Slot);
        }
        int index = mb.ReserveCode();
        var fc = new FunctionCompiler(mb, scopes, resolver, errors, inner, hidden || HiddenDefs.Contains(node));
        mb.Codes[index] = fc.CompileBody(index, name, body, lambdaBody, line, defaults);
        b.Emit(Op.MakeFunction, index);
    }
}
