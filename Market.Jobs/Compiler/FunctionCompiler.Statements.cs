using System.Collections.Generic;
using Market.Jobs.Runtime;
using Market.Jobs.Syntax;

namespace Market.Jobs.Compiler;

/// <summary>Statements, loops, and try/except/finally.</summary>
internal sealed partial class FunctionCompiler
{
    private void Stmts(List<Stmt> body)
    {
        foreach (var st in body)
        {
            b.Line = st.Line;
            Stmt(st);
        }
    }

    private void Stmt(Stmt st)
    {
        switch (st)
        {
            case ExprStmt e:
                Expr(e.Value);
                b.Emit(Op.PopTop);
                break;
            case AssignStmt a when SwapAssignment(a) is { } values:
                // a, b = b, a (and three names): the values in order, then reversed on the stack as UnpackSequence
                // would leave them, without building the tuple (as CPython compiles it).
                values.ForEach(Expr);
                if (values.Count == 3)
                {
                    b.Emit(Op.RotThree);
                }
                b.Emit(Op.RotTwo);
                TargetItems(a.Targets[0]).ForEach(Store);
                break;
            case AssignStmt a:
                Expr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                    {
                        b.Emit(Op.DupTop);
                    }
                    Store(a.Targets[i]);
                }
                break;
            case AugAssignStmt a:
                AugAssign(a);
                break;
            case IfStmt i:
            {
                var orelse = new Label();
                var end = new Label();
                Condition(i.Test, orelse, false);
                Stmts(i.Body);
                if (i.OrElse.Count > 0)
                {
                    b.Emit(Op.Jump, end);
                }
                b.Place(orelse);
                Stmts(i.OrElse);
                b.Place(end);
                break;
            }
            case WhileStmt w:
            {
                var top = new Label();
                var orelse = new Label();
                var brk = new Label();
                b.Place(top);
                Condition(w.Test, orelse, false);
                blocks.Add(new BlockInfo { Kind = "loop", Break = brk, Continue = top });
                Stmts(w.Body);
                blocks.RemoveAt(blocks.Count - 1);
                b.Line = w.Line;
                b.Emit(Op.Jump, top);
                b.Place(orelse);
                Stmts(w.OrElse);
                b.Place(brk);
                break;
            }
            case ForStmt f:
            {
                var top = new Label();
                var exhausted = new Label();
                var brk = new Label();
                Expr(f.Iter);
                b.Emit(Op.GetIter);
                b.Place(top);
                b.Line = f.Line;
                b.Emit(Op.ForIter, exhausted);
                Store(f.Target);
                blocks.Add(new BlockInfo { Kind = "loop", Break = brk, Continue = top, IsFor = true });
                Stmts(f.Body);
                blocks.RemoveAt(blocks.Count - 1);
                b.Emit(Op.Jump, top);
                b.Place(exhausted);
                Stmts(f.OrElse);
                b.Place(brk);
                break;
            }
            case BreakStmt or ContinueStmt:
                BreakOrContinue(st);
                break;
            case PassStmt:
                break;
            case ReturnStmt r:
                if (r.Value != null)
                {
                    Expr(r.Value);
                }
                else
                {
                    b.Emit(Op.LoadNone);
                }
                UnwindBlocks(0, st.Line);
                b.Emit(Op.ReturnValue);
                break;
            case DefStmt d:
                MakeFunction(d, d.Name, d.Params, d.Body, null, d.Line);
                StoreName(d.Name, d.Line, d.Col);
                break;
            case GlobalStmt:
                break;
            case DelStmt d:
                foreach (var t in d.Targets)
                {
                    Delete(t);
                }
                break;
            case TryStmt t:
                Try(t);
                break;
            case RaiseStmt r:
                if (r.Exc == null)
                {
                    if (handlerExcSlots.Count > 0)
                    {
                        b.Emit(Op.LoadFast, handlerExcSlots[^1]);
                        b.Emit(Op.Reraise);
                    }
                    else
                    {
                        b.Emit(Op.Raise, 0);
                    }
                }
                else
                {
                    Expr(r.Exc);
                    b.Emit(Op.Raise, 1);
                }
                break;
            case AssertStmt a:
            {
                var ok = new Label();
                Condition(a.Test, ok, true);
                if (a.Message != null)
                {
                    Expr(a.Message);
                    b.Emit(Op.AssertFail, 1);
                }
                else
                {
                    b.Emit(Op.AssertFail, 0);
                }
                b.Place(ok);
                break;
            }
            case ImportStmt i:
                b.Emit(Op.ImportMath);
                StoreName(i.Module, i.Line, i.Col);
                break;
        }
    }

    /// <summary>Leaves every block above <paramref name="keep"/>: pops handlers, runs finally bodies inline.</summary>
    private void UnwindBlocks(int keep, int line)
    {
        for (int i = blocks.Count - 1; i >= keep; i--)
        {
            var blk = blocks[i];
            if (blk.Kind == "except")
            {
                b.Emit(Op.PopBlock);
            }
            else if (blk.Kind == "finally")
            {
                b.Emit(Op.PopBlock);
                var saved = blocks.GetRange(i, blocks.Count - i);
                blocks.RemoveRange(i, blocks.Count - i);
                Stmts(blk.FinallyBody!);
                blocks.AddRange(saved);
                b.Line = line;
            }
        }
    }

    private void BreakOrContinue(Stmt st)
    {
        int loop = blocks.FindLastIndex(x => x.Kind == "loop");
        bool isBreak = st is BreakStmt;
        if (loop < 0)
        {
            Error(st.Line, st.Col, isBreak ? "SyntaxError: 'break' outside loop" : "SyntaxError: 'continue' not properly in loop");
            return;
        }
        UnwindBlocks(loop + 1, st.Line);
        var blk = blocks[loop];
        if (isBreak)
        {
            if (blk.IsFor)
            {
                b.Emit(Op.PopTop);
            }
            b.Emit(Op.Jump, blk.Break!);
        }
        else
        {
            b.Emit(Op.Jump, blk.Continue!);
        }
    }

    private void Try(TryStmt t)
    {
        if (t.Finally.Count > 0)
        {
            var handler = new Label();
            var end = new Label();
            b.Emit(Op.SetupExcept, handler);
            blocks.Add(new BlockInfo { Kind = "finally", FinallyBody = t.Finally });
            if (t.Handlers.Count > 0)
            {
                TryExcept(t);
            }
            else
            {
                Stmts(t.Body);
            }
            blocks.RemoveAt(blocks.Count - 1);
            b.Emit(Op.PopBlock);
            Stmts(t.Finally);
            b.Emit(Op.Jump, end);
            b.Place(handler);
            int slot = NewTemp("finally_exc");
            b.Emit(Op.StoreFast, slot);
            Stmts(t.Finally);
            b.Emit(Op.LoadFast, slot);
            b.Emit(Op.Reraise);
            b.Place(end);
            return;
        }
        TryExcept(t);
    }

    private void TryExcept(TryStmt t)
    {
        var handler = new Label();
        var end = new Label();
        b.Emit(Op.SetupExcept, handler);
        blocks.Add(new BlockInfo { Kind = "except" });
        Stmts(t.Body);
        blocks.RemoveAt(blocks.Count - 1);
        b.Emit(Op.PopBlock);
        Stmts(t.OrElse);
        b.Emit(Op.Jump, end);
        b.Place(handler);
        int excSlot = NewTemp("exc");
        b.Emit(Op.StoreFast, excSlot);
        foreach (var h in t.Handlers)
        {
            b.Line = h.Line;
            var next = new Label();
            if (h.Type != null)
            {
                b.Emit(Op.LoadFast, excSlot);
                Expr(h.Type);
                b.Emit(Op.CheckExcMatch);
                b.Emit(Op.PopJumpIfFalse, next);
            }
            if (h.Name != null)
            {
                b.Emit(Op.LoadFast, excSlot);
                StoreName(h.Name, h.Line, h.Col);
            }
            handlerExcSlots.Add(excSlot);
            Stmts(h.Body);
            handlerExcSlots.RemoveAt(handlerExcSlots.Count - 1);
            b.Emit(Op.Jump, end);
            b.Place(next);
            if (h.Type == null)
            {
                break;
            }
        }
        b.Emit(Op.LoadFast, excSlot);
        b.Emit(Op.Reraise);
        b.Place(end);
    }

    private void AugAssign(AugAssignStmt a)
    {
        var op = BinOpOf(a.Op, a.Line, a.Col);
        switch (a.Target)
        {
            case NameExpr n:
                LoadName(n.Id, n.Line, n.Col);
                Expr(a.Value);
                b.Emit(Op.InplaceBinary, (int)op);
                StoreName(n.Id, n.Line, n.Col);
                break;
            case SubscriptExpr s:
                Expr(s.Obj);
                Expr(s.Index);
                b.Emit(Op.DupTopTwo);
                b.Emit(Op.Subscr);
                Expr(a.Value);
                b.Emit(Op.InplaceBinary, (int)op);
                b.Emit(Op.RotThree);
                b.Emit(Op.StoreSubscr);
                break;
            default:
                Error(a.Line, a.Col, "SyntaxError: illegal expression for augmented assignment");
                break;
        }
    }

    private void Store(Expr target)
    {
        switch (target)
        {
            case NameExpr n:
                StoreName(n.Id, n.Line, n.Col);
                break;
            case SubscriptExpr s:
                Expr(s.Obj);
                Expr(s.Index);
                b.Emit(Op.StoreSubscr);
                break;
            case TupleExpr or ListExpr:
            {
                var items = TargetItems(target);
                b.Emit(Op.UnpackSequence, items.Count);
                items.ForEach(Store);
                break;
            }
            default:
                b.Emit(Op.PopTop);
                break;
        }
    }

    private void Delete(Expr target)
    {
        switch (target)
        {
            case NameExpr n:
                DeleteName(n.Id, n.Line, n.Col);
                break;
            case SubscriptExpr s:
                Expr(s.Obj);
                Expr(s.Index);
                b.Emit(Op.DeleteSubscr);
                break;
            case TupleExpr or ListExpr:
                TargetItems(target).ForEach(Delete);
                break;
        }
    }

    /// <summary>
    /// The values of <c>x, y = e1, e2</c> (or three of each), a single tuple or list target and a display of as many
    /// values; null for any other assignment.
    /// </summary>
    private static List<Expr>? SwapAssignment(AssignStmt a)
    {
        if (a.Targets.Count != 1 || a.Targets[0] is not (TupleExpr or ListExpr) || a.Value is not (TupleExpr or ListExpr))
        {
            return null;
        }
        List<Expr> values = TargetItems(a.Value);
        int n = TargetItems(a.Targets[0]).Count;
        return n is 2 or 3 && values.Count == n ? values : null;
    }

    /// <summary>The parts of a tuple or list target (<c>a, b = ...</c>, <c>[a, b] = ...</c>, <c>del a, b</c>).</summary>
    private static List<Expr> TargetItems(Expr target) => target is TupleExpr t ? t.Items : ((ListExpr)target).Items;
}
