using System.Collections.Generic;
using System.Numerics;
using Market.Jobs.Runtime;
using Market.Jobs.Syntax;

namespace Market.Jobs.Compiler;

/// <summary>Generator expressions: compiled as generator functions over the first iterable.</summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>A generator expression: a generator function over the first iterable, called at once.</summary>
    private void GenExpr(CompExpr c)
    {
        var inner = scopes[c];
        foreach (var free in inner.Frees)
        {
            b.Emit(Op.LoadClosure, Sym(free, c.Line, c.Col)!.Slot);
        }
        int index = mb.ReserveCode();
        var fc = new FunctionCompiler(mb, scopes, resolver, errors, inner, hidden) { HiddenDefs = HiddenDefs };
        mb.Codes[index] = fc.CompileGenerator(index, c);
        b.Emit(Op.MakeFunction, index);
        Expr(c.Fors[0].Iter);
        b.Emit(Op.GetIter);
        b.Emit(Op.Call, 1);
    }

    public CodeObject CompileGenerator(int index, CompExpr c)
    {
        b.Line = c.Line;
        foreach (var cell in fscope.Cells)
        {
            b.Emit(Op.MakeCell, cell.Slot);
        }
        // The first iterable arrives as the argument, already an iterator.
        var exits = ForClauses(c, () => b.Emit(Op.LoadFast, 0));
        Expr(c.Element);
        b.Emit(Op.YieldValue);
        for (int i = exits.Count - 1; i >= 0; i--)
        {
            b.Emit(Op.Jump, exits[i].Top);
            b.Place(exits[i].Exhausted);
        }
        b.Emit(Op.LoadNone);
        b.Emit(Op.ReturnValue);
        return Finish(index, "<genexpr>", 0, c.Line, isGenerator: true);
    }

    private void FString(FStringExpr f)
    {
        foreach (var part in f.Parts)
        {
            if (part is string s)
            {
                b.Emit(Op.LoadConst, Const(s));
                continue;
            }
            var fv = (FormattedValue)part;
            Expr(fv.Value);
            int flags = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
            if (fv.Spec != null)
            {
                Expr(fv.Spec);
                flags |= 4;
            }
            b.Emit(Op.FormatValue, flags);
        }
        if (f.Parts.Count != 1 || f.Parts[0] is string)
        {
            b.Emit(Op.BuildString, f.Parts.Count);
        }
    }
}
