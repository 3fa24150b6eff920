using System.Collections.Generic;
using System.Numerics;
using Market.Jobs.Runtime;
using Market.Jobs.Syntax;

namespace Market.Jobs.Compiler;

/// <summary>Expressions.</summary>
internal sealed partial class FunctionCompiler
{
    private BinOp BinOpOf(string op, int line, int col)
    {
        switch (op)
        {
            case "+": return BinOp.Add;
            case "-": return BinOp.Sub;
            case "*": return BinOp.Mul;
            case "/": return BinOp.TrueDiv;
            case "//": return BinOp.FloorDiv;
            case "%": return BinOp.Mod;
            case "**": return BinOp.Pow;
            case "<<": return BinOp.LShift;
            case ">>": return BinOp.RShift;
            case "&": return BinOp.And;
            case "|": return BinOp.Or;
            case "^": return BinOp.Xor;
            default:
                Error(line, col, $"SyntaxError: operator '{op}' not supported in this job language");
                return BinOp.Add;
        }
    }

    private static CmpOp CmpOpOf(string op) => op switch
    {
        "<" => CmpOp.Lt,
        "<=" => CmpOp.Le,
        "==" => CmpOp.Eq,
        "!=" => CmpOp.Ne,
        ">" => CmpOp.Gt,
        ">=" => CmpOp.Ge,
        "in" => CmpOp.In,
        "not in" => CmpOp.NotIn,
        "is" => CmpOp.Is,
        _ => CmpOp.IsNot,
    };

    /// <summary>Jumps to <paramref name="target"/> when the test's truth equals <paramref name="jumpIf"/>.</summary>
    private void Condition(Expr test, Label target, bool jumpIf)
    {
        if (test is UnaryExpr { Op: "not" } u)
        {
            Condition(u.Operand, target, !jumpIf);
            return;
        }
        if (test is BoolExpr be)
        {
            if (be.IsAnd != jumpIf)
            {
                // (a and b) jump-if-false: either false jumps. (a or b) jump-if-true: either true jumps.
                Condition(be.Left, target, jumpIf);
                Condition(be.Right, target, jumpIf);
            }
            else
            {
                var skip = new Label();
                Condition(be.Left, skip, !jumpIf);
                Condition(be.Right, target, jumpIf);
                b.Place(skip);
            }
            return;
        }
        Expr(test);
        b.Emit(jumpIf ? Op.PopJumpIfTrue : Op.PopJumpIfFalse, target);
    }

    private void Expr(Expr e)
    {
        switch (e)
        {
            case ConstExpr c:
                if (c.Value == null)
                {
                    b.Emit(Op.LoadNone);
                }
                else
                {
                    b.Emit(Op.LoadConst, Const(c.Value));
                }
                break;
            case NameExpr n:
                LoadName(n.Id, n.Line, n.Col);
                break;
            case BinExpr be:
                Expr(be.Left);
                Expr(be.Right);
                b.Emit(Op.Binary, (int)BinOpOf(be.Op, be.Line, be.Col));
                break;
            case UnaryExpr u:
                if (u.Op == "-" && u.Operand is ConstExpr { Value: BigInteger bi })
                {
                    b.Emit(Op.LoadConst, Const(-bi));
                    break;
                }
                if (u.Op == "-" && u.Operand is ConstExpr { Value: double d })
                {
                    b.Emit(Op.LoadConst, Const(-d));
                    break;
                }
                Expr(u.Operand);
                b.Emit(Op.Unary, u.Op switch { "-" => 0, "+" => 1, "not" => 2, _ => 3 });
                break;
            case BoolExpr be:
            {
                var end = new Label();
                Expr(be.Left);
                b.Emit(be.IsAnd ? Op.JumpIfFalseOrPop : Op.JumpIfTrueOrPop, end);
                Expr(be.Right);
                b.Place(end);
                break;
            }
            case CompareExpr c:
                Compare(c);
                break;
            case CallExpr c:
                Call(c);
                break;
            case AttrExpr a:
                Expr(a.Obj);
                b.Emit(Op.LoadAttr, Const(a.Name));
                break;
            case SubscriptExpr s:
                Expr(s.Obj);
                Expr(s.Index);
                b.Line = s.Line;
                b.Emit(Op.Subscr);
                break;
            case SliceExpr sl:
                Optional(sl.Lower);
                Optional(sl.Upper);
                if (sl.Step != null)
                {
                    Expr(sl.Step);
                    b.Emit(Op.BuildSlice, 3);
                }
                else
                {
                    b.Emit(Op.BuildSlice, 2);
                }
                break;
            case ListExpr l:
                l.Items.ForEach(Expr);
                b.Emit(Op.BuildList, l.Items.Count);
                break;
            case TupleExpr t:
                t.Items.ForEach(Expr);
                b.Emit(Op.BuildTuple, t.Items.Count);
                break;
            case DictExpr de:
                for (int i = 0; i < de.Keys.Count; i++)
                {
                    Expr(de.Keys[i]);
                    Expr(de.Values[i]);
                }
                b.Emit(Op.BuildDict, de.Keys.Count);
                break;
            case IfExpr ie:
            {
                var orelse = new Label();
                var end = new Label();
                Condition(ie.Test, orelse, false);
                Expr(ie.Body);
                b.Emit(Op.Jump, end);
                b.Place(orelse);
                Expr(ie.OrElse);
                b.Place(end);
                break;
            }
            case LambdaExpr l:
                MakeFunction(l, "<lambda>", l.Params, null, l.Body, l.Line);
                break;
            case CompExpr c when c.Kind == "gen":
                GenExpr(c);
                break;
            case CompExpr c:
                Comprehension(c);
                break;
            case FStringExpr f:
                FString(f);
                break;
            default:
                Error(e.Line, e.Col, "SyntaxError: unsupported expression");
                b.Emit(Op.LoadNone);
                break;
        }
    }

    private void Optional(Expr? e)
    {
        if (e == null)
        {
            b.Emit(Op.LoadNone);
        }
        else
        {
            Expr(e);
        }
    }

    private void Compare(CompareExpr c)
    {
        Expr(c.Left);
        if (c.Ops.Count == 1)
        {
            Expr(c.Rights[0]);
            b.Emit(Op.Compare, (int)CmpOpOf(c.Ops[0]));
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (int i = 0; i < c.Ops.Count; i++)
        {
            Expr(c.Rights[i]);
            if (i < c.Ops.Count - 1)
            {
                b.Emit(Op.DupTop);
                b.Emit(Op.RotThree);
                b.Emit(Op.Compare, (int)CmpOpOf(c.Ops[i]));
                b.Emit(Op.JumpIfFalseOrPop, cleanup);
            }
            else
            {
                b.Emit(Op.Compare, (int)CmpOpOf(c.Ops[i]));
            }
        }
        b.Emit(Op.Jump, end);
        b.Place(cleanup);
        b.Emit(Op.RotTwo);
        b.Emit(Op.PopTop);
        b.Place(end);
    }

    private void Call(CallExpr c)
    {
        int line = b.Line;
        if (c.Func is AttrExpr a && c.Keywords.Count == 0)
        {
            Expr(a.Obj);
            b.Emit(Op.LoadMethod, Const(a.Name));
            c.Args.ForEach(Expr);
            b.Line = c.Line;
            b.Emit(Op.CallMethod, c.Args.Count);
            b.Line = line;
            return;
        }
        Expr(c.Func);
        c.Args.ForEach(Expr);
        foreach (var kw in c.Keywords)
        {
            Expr(kw.Value);
        }
        b.Line = c.Line;
        if (c.Keywords.Count == 0)
        {
            b.Emit(Op.Call, c.Args.Count);
        }
        else
        {
            var names = new string[c.Keywords.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = c.Keywords[i].Name;
            }
            b.Emit(Op.CallKw, mb.CallSite(c.Args.Count, names));
        }
        b.Line = line;
    }

    private void Comprehension(CompExpr c)
    {
        var outer = scope;
        b.Emit(c.Kind == "dict" ? Op.BuildDict : Op.BuildList, 0);
        Expr(c.Fors[0].Iter);
        scope = scopes[c];
        foreach (var cell in scope.Cells)
        {
            b.Emit(Op.MakeCell, cell.Slot);
        }
        // The first iterable was evaluated above, in the enclosing scope.
        var exits = ForClauses(c, () => b.Emit(Op.GetIter));
        int depth = c.Fors.Count + 1;
        if (c.Kind == "dict")
        {
            Expr(c.Element);
            Expr(c.Value!);
            b.Emit(Op.DictSet, depth);
        }
        else
        {
            Expr(c.Element);
            b.Emit(Op.ListAppend, depth);
        }
        for (int i = exits.Count - 1; i >= 0; i--)
        {
            b.Emit(Op.Jump, exits[i].Top);
            b.Place(exits[i].Exhausted);
        }
        scope = outer;
    }

    /// <summary>
    /// The nested for/if clauses of a comprehension, innermost last: each loop's top and exhausted labels, for the
    /// caller to close after the element. <paramref name="firstIterator"/> emits the first loop's iterator.
    /// </summary>
    private List<(Label Top, Label Exhausted)> ForClauses(CompExpr c, System.Action firstIterator)
    {
        var exits = new List<(Label Top, Label Exhausted)>();
        for (int i = 0; i < c.Fors.Count; i++)
        {
            var f = c.Fors[i];
            if (i == 0)
            {
                firstIterator();
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
        return exits;
    }
}
