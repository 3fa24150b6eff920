using System.Collections.Generic;
using Market.Jobs.Syntax;

namespace Market.Jobs.Compiler;

/// <summary>First pass: builds the scope tree and records every binding and every use of a name.</summary>
internal sealed class ScopeAnalyzer
{
    private readonly Dictionary<object, Scope> scopes;
    private readonly List<CompileError> errors;

    public ScopeAnalyzer(Dictionary<object, Scope> scopes, List<CompileError> errors)
    {
        this.scopes = scopes;
        this.errors = errors;
    }

    public Scope AnalyzeModule(List<Stmt> body)
    {
        var module = new Scope(ScopeKind.Module, null, "<module>");
        Stmts(body, module);
        return module;
    }

    /// <summary>An if or while: the test, then both bodies, in source order.</summary>
    private void Branches(Expr test, List<Stmt> body, List<Stmt> orElse, Scope s)
    {
        Expr(test, s);
        Stmts(body, s);
        Stmts(orElse, s);
    }

    private void Stmts(List<Stmt> body, Scope s)
    {
        foreach (var st in body)
        {
            Stmt(st, s);
        }
    }

    private void Stmt(Stmt st, Scope s)
    {
        switch (st)
        {
            case ExprStmt e: Expr(e.Value, s); break;
            case AssignStmt a:
                Expr(a.Value, s);
                a.Targets.ForEach(t => Target(t, s));
                break;
            case AugAssignStmt a:
                Expr(a.Target, s);
                Expr(a.Value, s);
                Target(a.Target, s);
                break;
            case IfStmt i:
                Branches(i.Test, i.Body, i.OrElse, s);
                break;
            case WhileStmt w:
                Branches(w.Test, w.Body, w.OrElse, s);
                break;
            case ForStmt f:
                Expr(f.Iter, s);
                Target(f.Target, s);
                Stmts(f.Body, s);
                Stmts(f.OrElse, s);
                break;
            case ReturnStmt r:
                if (s.Kind == ScopeKind.Module)
                {
                    errors.Add(new CompileError(r.Line, r.Col, "SyntaxError: 'return' outside function"));
                }
                if (r.Value != null)
                {
                    Expr(r.Value, s);
                }
                break;
            case DefStmt d:
                d.Params.ForEach(p => { if (p.Default != null) { Expr(p.Default, s); } });
                s.Bind(d.Name);
                Function(d, d.Name, d.Params, d.Body, null, s);
                break;
            case GlobalStmt g:
                foreach (var n in g.Names)
                {
                    if (s.Bound.Contains(n) || s.Uses.Exists(u => u.Name == n) || s.Params.Contains(n))
                    {
                        errors.Add(new CompileError(g.Line, g.Col, $"SyntaxError: name '{n}' is used prior to {(g.IsNonlocal ? "nonlocal" : "global")} declaration"));
                    }
                    if (g.IsNonlocal)
                    {
                        if (s.Kind == ScopeKind.Module)
                        {
                            errors.Add(new CompileError(g.Line, g.Col, "SyntaxError: nonlocal declaration not allowed at module level"));
                        }
                        s.Nonlocals.Add(n);
                    }
                    else if (s.Kind != ScopeKind.Module)
                    {
                        s.Globals.Add(n);
                    }
                }
                break;
            case DelStmt d:
                d.Targets.ForEach(t => Target(t, s));
                break;
            case TryStmt t:
                Stmts(t.Body, s);
                foreach (var h in t.Handlers)
                {
                    if (h.Type != null)
                    {
                        Expr(h.Type, s);
                    }
                    if (h.Name != null)
                    {
                        s.Bind(h.Name);
                    }
                    Stmts(h.Body, s);
                }
                Stmts(t.OrElse, s);
                Stmts(t.Finally, s);
                break;
            case RaiseStmt r:
                if (r.Exc != null)
                {
                    Expr(r.Exc, s);
                }
                break;
            case AssertStmt a:
                Expr(a.Test, s);
                if (a.Message != null)
                {
                    Expr(a.Message, s);
                }
                break;
            case ImportStmt i:
                s.Bind(i.Module);
                break;
        }
    }

    private void Function(object node, string name, List<Param> ps, List<Stmt>? body, Expr? lambdaBody, Scope parent)
    {
        var fs = new Scope(ScopeKind.Function, parent, name);
        scopes[node] = fs;
        foreach (var p in ps)
        {
            fs.Params.Add(p.Name);
            fs.Bind(p.Name);
        }
        if (body != null)
        {
            Stmts(body, fs);
        }
        if (lambdaBody != null)
        {
            Expr(lambdaBody, fs);
        }
    }

    private void Target(Expr t, Scope s)
    {
        switch (t)
        {
            case NameExpr n:
                if (s.Kind == ScopeKind.Comprehension)
                {
                    s.Owner.Bind(n.Id);
                }
                else
                {
                    s.Bind(n.Id);
                }
                break;
            case TupleExpr tu:
                tu.Items.ForEach(x => Target(x, s));
                break;
            case ListExpr l:
                l.Items.ForEach(x => Target(x, s));
                break;
            case SubscriptExpr sub:
                Expr(sub.Obj, s);
                Expr(sub.Index, s);
                break;
            case AttrExpr a:
                Expr(a.Obj, s);
                break;
        }
    }

    private void Expr(Expr e, Scope s)
    {
        switch (e)
        {
            case NameExpr n: s.Uses.Add((n.Id, n.Line, n.Col)); break;
            case BinExpr b: Expr(b.Left, s); Expr(b.Right, s); break;
            case UnaryExpr u: Expr(u.Operand, s); break;
            case BoolExpr b: Expr(b.Left, s); Expr(b.Right, s); break;
            case CompareExpr c: Expr(c.Left, s); c.Rights.ForEach(x => Expr(x, s)); break;
            case CallExpr c:
                Expr(c.Func, s);
                c.Args.ForEach(x => Expr(x, s));
                c.Keywords.ForEach(k => Expr(k.Value, s));
                break;
            case AttrExpr a: Expr(a.Obj, s); break;
            case SubscriptExpr sub: Expr(sub.Obj, s); Expr(sub.Index, s); break;
            case SliceExpr sl:
                if (sl.Lower != null) { Expr(sl.Lower, s); }
                if (sl.Upper != null) { Expr(sl.Upper, s); }
                if (sl.Step != null) { Expr(sl.Step, s); }
                break;
            case ListExpr l: l.Items.ForEach(x => Expr(x, s)); break;
            case TupleExpr t: t.Items.ForEach(x => Expr(x, s)); break;
            case DictExpr d: d.Keys.ForEach(x => Expr(x, s)); d.Values.ForEach(x => Expr(x, s)); break;
            case IfExpr i: Expr(i.Test, s); Expr(i.Body, s); Expr(i.OrElse, s); break;
            case LambdaExpr l:
                l.Params.ForEach(p => { if (p.Default != null) { Expr(p.Default, s); } });
                Function(l, "<lambda>", l.Params, null, l.Body, s);
                break;
            case CompExpr c:
            {
                // The first iterable is evaluated in the enclosing scope, as in CPython.
                Expr(c.Fors[0].Iter, s);
                var cs = c.Kind == "gen" ? new Scope(ScopeKind.Function, s, "<genexpr>") : new Scope(ScopeKind.Comprehension, s, "<comp>");
                if (c.Kind == "gen")
                {
                    cs.Params.Add(".0");
                    cs.Bind(".0");
                }
                scopes[c] = cs;
                for (int i = 0; i < c.Fors.Count; i++)
                {
                    if (i > 0)
                    {
                        Expr(c.Fors[i].Iter, cs);
                    }
                    CompTarget(c.Fors[i].Target, cs);
                    c.Fors[i].Ifs.ForEach(x => Expr(x, cs));
                }
                Expr(c.Element, cs);
                if (c.Value != null)
                {
                    Expr(c.Value, cs);
                }
                break;
            }
            case FStringExpr f:
                foreach (var part in f.Parts)
                {
                    if (part is FormattedValue fv)
                    {
                        Expr(fv.Value, s);
                        if (fv.Spec != null)
                        {
                            Expr(fv.Spec, s);
                        }
                    }
                }
                break;
        }
    }

    private static void CompTarget(Expr t, Scope cs)
    {
        switch (t)
        {
            case NameExpr n: cs.Bind(n.Id); break;
            case TupleExpr tu: tu.Items.ForEach(x => CompTarget(x, cs)); break;
            case ListExpr l: l.Items.ForEach(x => CompTarget(x, cs)); break;
        }
    }
}
