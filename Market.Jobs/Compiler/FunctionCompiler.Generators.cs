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
        var exits = new List<(Label Top, Label Exhausted)>();
        for (int i = 0; i < c.Fors.Count; i++)
        {
            var f = c.Fors[i];
            if (i == 0)
            {
                b.Emit(Op.LoadFast, 0);
            }
            else
            {
                Expr(f.Iter);
                b.Emit(Op.GetIter);
            }
            var top = new Label();
            var exhausted = new Label();
            b.Place(top);
            b.Emit(Op.ForIter, exhausted);
            Store(f.Target);
            foreach (var cond in f.Ifs)
            {
                Condition(cond, top, false);
            }
            exits.Add((top, exhausted));
        }
        Expr(c.Element);
        b.Emit(Op.YieldValue);
        for (int i = exits.Count - 1; i >= 0; i--)
        {
            b.Emit(Op.Jump, exits[i].Top);
            b.Place(exits[i].Exhausted);
        }
        b.Emit(Op.LoadNone);
        b.Emit(Op.ReturnValue);
        var (code, lines, maxStack) = b.Finish(mb);
        var freeSlots = new int[fscope.Frees.Count];
        for (int i = 0; i < freeSlots.Length; i++)
        {
            freeSlots[i] = fscope.Symbols[fscope.Frees[i]].Slot;
        }
        return new CodeObject
        {
            Index = index,
            Name = "<genexpr>",
            ParamNames = fscope.Params.ToArray(),
            LocalCount = fscope.SlotNames.Count,
            SlotNames = fscope.SlotNames.ToArray(),
            FreeSlots = freeSlots,
            Code = code,
            Lines = lines,
            MaxStack = maxStack,
            Hidden = hidden,
            DefaultCount = 0,
            FirstLine = c.Line,
            IsGenerator = true,
        };
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
