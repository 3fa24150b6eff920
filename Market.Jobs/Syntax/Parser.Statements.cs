using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>Statements.</summary>
internal sealed partial class Parser
{
    private void StatementInto(List<Stmt> body)
    {
        int start = p;
        try
        {
            Statement(body);
        }
        catch (ParseFailed)
        {
            if (p == start)
            {
                p++;
            }
            Recover();
        }
    }

    private void Statement(List<Stmt> body)
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": body.Add(If()); return;
                case "while": body.Add(While()); return;
                case "for": body.Add(For()); return;
                case "try": body.Add(Try()); return;
                case "def": body.Add(Def()); return;
                case "class": throw Unsupported(t, "classes are");
                case "with": throw Unsupported(t, "'with' statements are");
                case "async": throw Unsupported(t, "async is");
                case "match" when Peek().Kind != TokenKind.Op || Peek().Text is "(" or "[" or "{":
                    if (Peek().Kind == TokenKind.Name || Peek().Kind == TokenKind.Int || Peek().Kind == TokenKind.String)
                    {
                        throw Unsupported(t, "'match' statements are");
                    }
                    break;
            }
        }
        if (t.Is("@"))
        {
            throw Unsupported(t, "decorators are");
        }
        SimpleStatements(body);
    }

    private void SimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(SmallStatement());
            if (!Accept(";") || Cur.Kind == TokenKind.Newline)
            {
                break;
            }
        }
        if (Cur.Kind != TokenKind.Newline && Cur.Kind != TokenKind.EndOfFile)
        {
            throw Fail(Cur, "invalid syntax");
        }
        if (Cur.Kind == TokenKind.Newline)
        {
            p++;
        }
    }

    private Stmt SmallStatement()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": p++; return new PassStmt(t.Line, t.Column);
                case "break": p++; return new BreakStmt(t.Line, t.Column);
                case "continue": p++; return new ContinueStmt(t.Line, t.Column);
                case "return":
                    p++;
                    return new ReturnStmt(t.Line, t.Column, AtLineEnd() ? null : TestListStar());
                case "global":
                case "nonlocal":
                {
                    p++;
                    var names = new List<string> { ExpectName() };
                    while (Accept(","))
                    {
                        names.Add(ExpectName());
                    }
                    return new GlobalStmt(t.Line, t.Column, names, t.Text == "nonlocal");
                }
                case "del":
                {
                    p++;
                    var targets = new List<Expr> { Expression() };
                    while (Accept(",") && !AtLineEnd())
                    {
                        targets.Add(Expression());
                    }
                    foreach (var target in targets)
                    {
                        CheckTarget(target, true);
                    }
                    return new DelStmt(t.Line, t.Column, targets);
                }
                case "raise":
                {
                    p++;
                    Expr? exc = AtLineEnd() ? null : Test();
                    if (AcceptKeyword("from"))
                    {
                        throw Unsupported(t, "'raise ... from' is");
                    }
                    return new RaiseStmt(t.Line, t.Column, exc);
                }
                case "assert":
                {
                    p++;
                    Expr test = Test();
                    Expr? msg = Accept(",") ? Test() : null;
                    return new AssertStmt(t.Line, t.Column, test, msg);
                }
                case "import":
                {
                    p++;
                    Token nameTok = Cur;
                    string name = ExpectName();
                    while (Accept("."))
                    {
                        name += "." + ExpectName();
                    }
                    if (name != "math")
                    {
                        throw Fail(nameTok, $"SyntaxError: import of '{name}' not supported (only 'import math' is)");
                    }
                    if (AcceptKeyword("as") || Cur.Is(","))
                    {
                        throw Unsupported(nameTok, "'import ... as' and multiple imports are");
                    }
                    return new ImportStmt(t.Line, t.Column, name);
                }
                case "from": throw Unsupported(t, "'from ... import' is");
                case "yield": throw Unsupported(t, "generators ('yield') are");
                case "await": throw Unsupported(t, "await is");
                case "lambda": break;
            }
        }
        Expr first = TestListStar();
        if (Cur.Is(":") && first is NameExpr or AttrExpr or SubscriptExpr)
        {
            // An annotated assignment: the annotation is parsed and ignored.
            p++;
            Test();
            if (!Accept("="))
            {
                return new PassStmt(t.Line, t.Column);
            }
            CheckTarget(first, false);
            return new AssignStmt(t.Line, t.Column, new List<Expr> { first }, TestListStar());
        }
        if (Cur.Kind == TokenKind.Op && Cur.Text.Length >= 2 && Cur.Text[^1] == '=' && Cur.Text is not ("==" or "<=" or ">=" or "!="))
        {
            Token opTok = toks[p++];
            if (first is not (NameExpr or SubscriptExpr or AttrExpr))
            {
                throw Fail(t, "SyntaxError: 'expression' is an illegal expression for augmented assignment");
            }
            return new AugAssignStmt(t.Line, t.Column, first, opTok.Text[..^1], TestListStar());
        }
        if (Cur.Is("="))
        {
            var targets = new List<Expr> { first };
            Expr value = first;
            while (Accept("="))
            {
                if (Cur.Is("yield"))
                {
                    throw Unsupported(Cur, "generators ('yield') are");
                }
                value = TestListStar();
                targets.Add(value);
            }
            targets.RemoveAt(targets.Count - 1);
            foreach (var target in targets)
            {
                CheckTarget(target, false);
            }
            return new AssignStmt(t.Line, t.Column, targets, value);
        }
        return new ExprStmt(t.Line, t.Column, first);
    }

    private bool AtLineEnd() => Cur.Kind is TokenKind.Newline or TokenKind.EndOfFile || Cur.Is(";");

    private void CheckTarget(Expr e, bool isDel)
    {
        switch (e)
        {
            case NameExpr:
            case SubscriptExpr:
                return;
            case AttrExpr a:
                errors.Add(new CompileError(a.Line, a.Col, "SyntaxError: attribute assignment not supported in this job language"));
                return;
            case TupleExpr t:
                t.Items.ForEach(x => CheckTarget(x, isDel));
                return;
            case ListExpr l:
                l.Items.ForEach(x => CheckTarget(x, isDel));
                return;
            default:
                string what = e switch
                {
                    CallExpr => "function call",
                    ConstExpr => "literal",
                    CompExpr => "comprehension",
                    _ => "expression",
                };
                errors.Add(new CompileError(e.Line, e.Col, $"SyntaxError: cannot {(isDel ? "delete" : "assign to")} {what}"));
                return;
        }
    }

    private List<Stmt> Block()
    {
        Expect(":");
        var body = new List<Stmt>();
        if (Cur.Kind != TokenKind.Newline)
        {
            SimpleStatements(body);
            return body;
        }
        p++;
        if (Cur.Kind != TokenKind.Indent)
        {
            throw Fail(Cur, "IndentationError: expected an indented block");
        }
        p++;
        while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndOfFile)
        {
            if (Cur.Kind == TokenKind.Newline)
            {
                p++;
                continue;
            }
            StatementInto(body);
        }
        if (Cur.Kind == TokenKind.Dedent)
        {
            p++;
        }
        return body;
    }

    private Stmt If()
    {
        Token t = toks[p++];
        Expr test = NamedTest();
        var body = Block();
        var orelse = new List<Stmt>();
        if (Cur.Is("elif"))
        {
            orelse.Add(If());
        }
        else if (AcceptKeyword("else"))
        {
            orelse = Block();
        }
        return new IfStmt(t.Line, t.Column, test, body, orelse);
    }

    private Expr NamedTest()
    {
        Expr e = Test();
        if (Cur.Is(":="))
        {
            throw Unsupported(Cur, "assignment expressions (':=') are");
        }
        return e;
    }

    private Stmt While()
    {
        Token t = toks[p++];
        Expr test = NamedTest();
        var body = Block();
        var orelse = AcceptKeyword("else") ? Block() : new List<Stmt>();
        return new WhileStmt(t.Line, t.Column, test, body, orelse);
    }

    private Stmt For()
    {
        Token t = toks[p++];
        Expr target = TargetList();
        ExpectKeyword("in");
        Expr iter = TestListStar();
        var body = Block();
        var orelse = AcceptKeyword("else") ? Block() : new List<Stmt>();
        return new ForStmt(t.Line, t.Column, target, iter, body, orelse);
    }

    private Expr TargetList()
    {
        Token t = Cur;
        var items = new List<Expr> { OrExpr() };
        bool tuple = false;
        while (Accept(","))
        {
            tuple = true;
            if (Cur.Is("in") || Cur.Is("="))
            {
                break;
            }
            items.Add(OrExpr());
        }
        Expr target = tuple ? new TupleExpr(t.Line, t.Column, items) : items[0];
        CheckTarget(target, false);
        return target;
    }
}
