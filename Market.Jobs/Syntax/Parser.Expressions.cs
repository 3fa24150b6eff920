using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace Market.Jobs.Syntax;

/// <summary>Expressions, from the loosest binding (tuples) to atoms.</summary>
internal sealed partial class Parser
{
    public static Expr? ParseExpression(string text, int line, int col, List<CompileError> errors)
    {
        var tokens = new Lexer(text, errors, line, col).Tokenize(expressionOnly: true);
        var parser = new Parser(tokens, errors);
        try
        {
            Expr e = parser.TestListStar();
            if (parser.Cur.Kind != TokenKind.EndOfFile)
            {
                throw parser.Fail(parser.Cur, "f-string: invalid syntax");
            }
            return e;
        }
        catch (ParseFailed)
        {
            return null;
        }
    }

    /// <summary>A comma-separated list that becomes a tuple when it has a comma.</summary>
    private Expr TestListStar()
    {
        Token t = Cur;
        Expr first = StarTest();
        if (!Cur.Is(","))
        {
            return first;
        }
        var items = new List<Expr> { first };
        while (Accept(","))
        {
            if (AtLineEnd() || Cur.Is("=") || Cur.Is(")") || Cur.Is(":") || (Cur.Kind == TokenKind.Op && Cur.Text.EndsWith('=') && Cur.Text.Length > 1 && Cur.Text != "=="))
            {
                break;
            }
            items.Add(StarTest());
        }
        return new TupleExpr(t.Line, t.Column, items);
    }

    private Expr StarTest()
    {
        if (Cur.Is("*"))
        {
            throw Unsupported(Cur, "starred expressions are");
        }
        return Test();
    }

    private Expr Expression() => OrExpr();

    private int nesting;

    private Expr Test()
    {
        Token t = Cur;
        if (++nesting > 200)
        {
            nesting = 0;
            throw Fail(t, "SyntaxError: too many nested parentheses or expressions (limit 200)");
        }
        try
        {
            return TestInner(t);
        }
        finally
        {
            nesting = System.Math.Max(0, nesting - 1);
        }
    }

    private Expr TestInner(Token t)
    {
        if (t.Is("lambda"))
        {
            p++;
            var ps = Params(":");
            Expect(":");
            return new LambdaExpr(t.Line, t.Column, ps, Test());
        }
        if (t.Is("yield"))
        {
            throw Unsupported(t, "generators ('yield') are");
        }
        Expr e = OrTest();
        if (Cur.Is("if") )
        {
            p++;
            Expr cond = OrTest();
            ExpectKeyword("else");
            Expr other = Test();
            return new IfExpr(t.Line, t.Column, cond, e, other);
        }
        return e;
    }

    private Expr OrTest()
    {
        Expr e = AndTest();
        while (Cur.Is("or"))
        {
            Token t = toks[p++];
            e = new BoolExpr(t.Line, t.Column, false, e, AndTest());
        }
        return e;
    }

    private Expr AndTest()
    {
        Expr e = NotTest();
        while (Cur.Is("and"))
        {
            Token t = toks[p++];
            e = new BoolExpr(t.Line, t.Column, true, e, NotTest());
        }
        return e;
    }

    private Expr NotTest()
    {
        if (Cur.Is("not"))
        {
            Token t = toks[p++];
            if (++nesting > 200)
            {
                nesting = 0;
                throw Fail(t, "SyntaxError: too many nested 'not' operators (limit 200)");
            }
            var operand = NotTest();
            nesting--;
            return new UnaryExpr(t.Line, t.Column, "not", operand);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        Token t = Cur;
        Expr left = OrExpr();
        List<string>? ops = null;
        List<Expr>? rights = null;
        while (true)
        {
            string? op = null;
            if (Cur.Kind == TokenKind.Op && Cur.Text is "<" or ">" or "==" or ">=" or "<=" or "!=")
            {
                op = Cur.Text;
                p++;
            }
            else if (Cur.Is("in"))
            {
                op = "in";
                p++;
            }
            else if (Cur.Is("not") && Peek().Is("in"))
            {
                op = "not in";
                p += 2;
            }
            else if (Cur.Is("is"))
            {
                p++;
                op = AcceptKeyword("not") ? "is not" : "is";
            }
            if (op == null)
            {
                break;
            }
            (ops ??= new()).Add(op);
            (rights ??= new()).Add(OrExpr());
        }
        return ops == null ? left : new CompareExpr(t.Line, t.Column, left, ops, rights!);
    }

    private Expr OrExpr() => BinaryLevel(0);

    private static readonly string[][] Levels =
    {
        new[] { "|" }, new[] { "^" }, new[] { "&" }, new[] { "<<", ">>" }, new[] { "+", "-" }, new[] { "*", "/", "//", "%", "@" },
    };

    private Expr BinaryLevel(int level)
    {
        if (level == Levels.Length)
        {
            return Factor();
        }
        Expr e = BinaryLevel(level + 1);
        int chain = 0;
        while (Cur.Kind == TokenKind.Op && System.Array.IndexOf(Levels[level], Cur.Text) >= 0)
        {
            if (++chain > 2000)
            {
                throw Fail(Cur, "SyntaxError: expression too long (more than 2000 operators in a row)");
            }
            Token t = toks[p++];
            if (t.Text == "@")
            {
                throw Unsupported(t, "the '@' operator is");
            }
            Expr right = BinaryLevel(level + 1);
            if (t.Text == "%" && e is ConstExpr { Value: string } or FStringExpr)
            {
                throw Unsupported(t, "%-formatting is");
            }
            e = new BinExpr(t.Line, t.Column, t.Text, e, right);
        }
        return e;
    }

    private Expr Factor()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Op && t.Text is "-" or "+" or "~")
        {
            if (++nesting > 200)
            {
                nesting = 0;
                throw Fail(t, "SyntaxError: too many nested unary operators (limit 200)");
            }
            p++;
            Expr operand = Factor();
            nesting--;
            return new UnaryExpr(t.Line, t.Column, t.Text, operand);
        }
        return Power();
    }

    private Expr Power()
    {
        Token t = Cur;
        if (t.Is("await"))
        {
            throw Unsupported(t, "await is");
        }
        Expr e = Trailers(Atom());
        if (Cur.Is("**"))
        {
            Token op = toks[p++];
            if (++nesting > 200)
            {
                nesting = 0;
                throw Fail(op, "SyntaxError: too many chained '**' operators (limit 200)");
            }
            var right = Factor();
            nesting--;
            return new BinExpr(op.Line, op.Column, "**", e, right);
        }
        return e;
    }

    private Expr Trailers(Expr e)
    {
        while (true)
        {
            Token t = Cur;
            if (Accept("("))
            {
                e = CallArgs(e, t);
            }
            else if (Accept("["))
            {
                e = new SubscriptExpr(t.Line, t.Column, e, Subscript());
                Expect("]");
            }
            else if (Accept("."))
            {
                e = new AttrExpr(t.Line, t.Column, e, ExpectName());
            }
            else
            {
                return e;
            }
        }
    }

    private Expr CallArgs(Expr func, Token t)
    {
        var args = new List<Expr>();
        var kws = new List<(string, Expr)>();
        while (!Cur.Is(")"))
        {
            if (Cur.Is("*") || Cur.Is("**"))
            {
                throw Unsupported(Cur, Cur.Text == "*" ? "*args unpacking in calls is" : "**kwargs unpacking in calls is");
            }
            if (Cur.Kind == TokenKind.Name && Peek().Is("="))
            {
                string name = toks[p].Text;
                p += 2;
                if (kws.Exists(k => k.Item1 == name))
                {
                    errors.Add(new CompileError(t.Line, t.Column, $"SyntaxError: keyword argument repeated: {name}"));
                }
                kws.Add((name, Test()));
            }
            else
            {
                Token at = Cur;
                Expr a = Test();
                if (Cur.Is("for"))
                {
                    a = Comprehension(at, "gen", a, null);
                }
                if (kws.Count > 0)
                {
                    errors.Add(new CompileError(at.Line, at.Column, "SyntaxError: positional argument follows keyword argument"));
                }
                args.Add(a);
            }
            if (!Accept(","))
            {
                break;
            }
        }
        Expect(")");
        return new CallExpr(t.Line, t.Column, func, args, kws);
    }

    private Expr Subscript()
    {
        Token t = Cur;
        Expr first = SliceItem();
        if (!Cur.Is(","))
        {
            return first;
        }
        var items = new List<Expr> { first };
        while (Accept(",") && !Cur.Is("]"))
        {
            items.Add(SliceItem());
        }
        return new TupleExpr(t.Line, t.Column, items);
    }

    private Expr SliceItem()
    {
        Token t = Cur;
        Expr? lower = Cur.Is(":") ? null : Test();
        if (!Accept(":"))
        {
            return lower!;
        }
        Expr? upper = Cur.Is(":") || Cur.Is("]") || Cur.Is(",") ? null : Test();
        Expr? step = null;
        if (Accept(":"))
        {
            step = Cur.Is("]") || Cur.Is(",") ? null : Test();
        }
        return new SliceExpr(t.Line, t.Column, lower, upper, step);
    }

    private Expr Atom()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Int:
                p++;
                return new ConstExpr(t.Line, t.Column, BigInteger.Parse(t.Text, CultureInfo.InvariantCulture));
            case TokenKind.Float:
                p++;
                return new ConstExpr(t.Line, t.Column, double.Parse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            case TokenKind.String:
            case TokenKind.FString:
                return Strings();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": p++; return new ConstExpr(t.Line, t.Column, null);
                    case "True": p++; return new ConstExpr(t.Line, t.Column, true);
                    case "False": p++; return new ConstExpr(t.Line, t.Column, false);
                }
                if (Keywords.Contains(t.Text))
                {
                    throw Fail(t, "invalid syntax");
                }
                p++;
                return new NameExpr(t.Line, t.Column, t.Text);
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(": return Paren();
                    case "[": return ListDisplay();
                    case "{": return DictDisplay();
                    case "...": throw Unsupported(t, "Ellipsis is");
                }
                break;
        }
        throw Fail(t, t.Kind == TokenKind.Indent ? "IndentationError: unexpected indent" : "invalid syntax");
    }
}
