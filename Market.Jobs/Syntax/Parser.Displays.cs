using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace Market.Jobs.Syntax;

/// <summary>Parenthesized forms, list and dict displays, comprehensions.</summary>
internal sealed partial class Parser
{
    private Expr Paren()
    {
        Token t = toks[p++];
        if (Accept(")"))
        {
            return new TupleExpr(t.Line, t.Column, new List<Expr>());
        }
        if (Cur.Is("yield"))
        {
            throw Unsupported(Cur, "generators ('yield') are");
        }
        Expr first = StarTest();
        if (Cur.Is("for"))
        {
            Expr g = Comprehension(t, "gen", first, null);
            Expect(")");
            return g;
        }
        if (Cur.Is(":="))
        {
            throw Unsupported(Cur, "assignment expressions (':=') are");
        }
        if (Accept(")"))
        {
            return first;
        }
        var items = new List<Expr> { first };
        while (Accept(","))
        {
            if (Cur.Is(")"))
            {
                break;
            }
            items.Add(StarTest());
        }
        Expect(")");
        return new TupleExpr(t.Line, t.Column, items);
    }

    private Expr ListDisplay()
    {
        Token t = toks[p++];
        var items = new List<Expr>();
        if (Accept("]"))
        {
            return new ListExpr(t.Line, t.Column, items);
        }
        Expr first = StarTest();
        if (Cur.Is("for"))
        {
            Expr c = Comprehension(t, "list", first, null);
            Expect("]");
            return c;
        }
        items.Add(first);
        while (Accept(",") && !Cur.Is("]"))
        {
            items.Add(StarTest());
        }
        Expect("]");
        return new ListExpr(t.Line, t.Column, items);
    }

    private Expr DictDisplay()
    {
        Token t = toks[p++];
        var keys = new List<Expr>();
        var values = new List<Expr>();
        if (Accept("}"))
        {
            return new DictExpr(t.Line, t.Column, keys, values);
        }
        if (Cur.Is("**"))
        {
            throw Unsupported(Cur, "dict unpacking ('**') is");
        }
        Expr k = StarTest();
        if (!Cur.Is(":"))
        {
            throw Unsupported(t, "sets are");
        }
        p++;
        Expr v = Test();
        if (Cur.Is("for"))
        {
            Expr c = Comprehension(t, "dict", k, v);
            Expect("}");
            return c;
        }
        keys.Add(k);
        values.Add(v);
        while (Accept(",") && !Cur.Is("}"))
        {
            if (Cur.Is("**"))
            {
                throw Unsupported(Cur, "dict unpacking ('**') is");
            }
            keys.Add(Test());
            Expect(":");
            values.Add(Test());
        }
        Expect("}");
        return new DictExpr(t.Line, t.Column, keys, values);
    }

    private Expr Comprehension(Token t, string kind, Expr element, Expr? value)
    {
        var fors = new List<CompFor>();
        while (Cur.Is("for"))
        {
            p++;
            Expr target = TargetList();
            ExpectKeyword("in");
            Expr iter = OrTest();
            var ifs = new List<Expr>();
            while (Cur.Is("if"))
            {
                p++;
                ifs.Add(OrTestNoCond());
            }
            fors.Add(new CompFor(target, iter, ifs));
            if (Cur.Is("async"))
            {
                throw Unsupported(Cur, "async comprehensions are");
            }
        }
        return new CompExpr(t.Line, t.Column, kind, element, value, fors);
    }

    private Expr OrTestNoCond() => OrTest();
}
