using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>try statements and function definitions.</summary>
internal sealed partial class Parser
{
    private Stmt Try()
    {
        Token t = toks[p++];
        var body = Block();
        var handlers = new List<Handler>();
        while (Cur.Is("except"))
        {
            Token h = toks[p++];
            if (Cur.Is("*"))
            {
                throw Unsupported(Cur, "'except*' is");
            }
            Expr? type = null;
            string? name = null;
            if (!Cur.Is(":"))
            {
                type = Test();
                if (Accept(","))
                {
                    var items = new List<Expr> { type };
                    do
                    {
                        items.Add(Test());
                    }
                    while (Accept(","));
                    type = new TupleExpr(type.Line, type.Col, items);
                }
                if (AcceptKeyword("as"))
                {
                    name = ExpectName();
                }
            }
            handlers.Add(new Handler(h.Line, h.Column, type, name, Block()));
        }
        var orelse = handlers.Count > 0 && AcceptKeyword("else") ? Block() : new List<Stmt>();
        var fin = AcceptKeyword("finally") ? Block() : new List<Stmt>();
        if (handlers.Count == 0 && fin.Count == 0)
        {
            throw Fail(Cur, "SyntaxError: expected 'except' or 'finally' block");
        }
        return new TryStmt(t.Line, t.Column, body, handlers, orelse, fin);
    }

    private Stmt Def()
    {
        Token t = toks[p++];
        string name = ExpectName();
        Expect("(");
        var ps = Params(")");
        Expect(")");
        if (Accept("->"))
        {
            Test();
        }
        var body = Block();
        return new DefStmt(t.Line, t.Column, name, ps, body);
    }

    private List<Param> Params(string close)
    {
        var ps = new List<Param>();
        bool seenDefault = false;
        while (!Cur.Is(close))
        {
            Token pt = Cur;
            if (pt.Is("*") || pt.Is("**"))
            {
                throw Unsupported(pt, pt.Text == "*" ? "*args parameters are" : "**kwargs parameters are");
            }
            if (pt.Is("/"))
            {
                throw Unsupported(pt, "positional-only markers are");
            }
            string name = ExpectName();
            if (close == ")" && Accept(":"))
            {
                Test();
            }
            Expr? def = null;
            if (Accept("="))
            {
                def = Test();
                seenDefault = true;
            }
            else if (seenDefault)
            {
                errors.Add(new CompileError(pt.Line, pt.Column, "SyntaxError: non-default argument follows default argument"));
            }
            if (ps.Exists(x => x.Name == name))
            {
                errors.Add(new CompileError(pt.Line, pt.Column, $"SyntaxError: duplicate argument '{name}' in function definition"));
            }
            ps.Add(new Param(name, def, pt.Line, pt.Column));
            if (!Accept(","))
            {
                break;
            }
        }
        return ps;
    }
}
