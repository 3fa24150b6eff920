using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>Recursive-descent parser for the job language; collects every syntax error it can recover from.</summary>
internal sealed partial class Parser
{
    private readonly List<Token> toks;
    private readonly List<CompileError> errors;
    private int p;

    public Parser(List<Token> toks, List<CompileError> errors)
    {
        this.toks = toks;
        this.errors = errors;
    }

    private Token Cur => toks[p];

    private Token Peek(int k = 1) => toks[System.Math.Min(p + k, toks.Count - 1)];

    public static List<Stmt> ParseModule(string source, List<CompileError> errors)
    {
        var tokens = new Lexer(source, errors).Tokenize();
        return new Parser(tokens, errors).Module();
    }

    private List<Stmt> Module()
    {
        var body = new List<Stmt>();
        while (Cur.Kind != TokenKind.EndOfFile)
        {
            if (Cur.Kind == TokenKind.Newline)
            {
                p++;
                continue;
            }
            if (Cur.Kind == TokenKind.Indent)
            {
                Fail(Cur, "IndentationError: unexpected indent");
                p++;
                continue;
            }
            if (Cur.Kind == TokenKind.Dedent)
            {
                p++;
                continue;
            }
            StatementInto(body);
        }
        return body;
    }

    private sealed class ParseFailed : System.Exception
    {
    }

    private ParseFailed Fail(Token t, string message)
    {
        if (errors.Count == 0 || errors[^1].Line != t.Line)
        {
            errors.Add(new CompileError(t.Line, t.Column, message.Contains("Error:") ? message : "SyntaxError: " + message));
        }
        return new ParseFailed();
    }

    private ParseFailed Unsupported(Token t, string feature) =>
        Fail(t, $"SyntaxError: {feature} not supported in this job language");

    private bool Accept(string op)
    {
        if (Cur.Kind == TokenKind.Op && Cur.Text == op)
        {
            p++;
            return true;
        }
        return false;
    }

    private bool AcceptKeyword(string kw)
    {
        if (Cur.Kind == TokenKind.Name && Cur.Text == kw)
        {
            p++;
            return true;
        }
        return false;
    }

    private Token Expect(string op)
    {
        if (Cur.Kind == TokenKind.Op && Cur.Text == op)
        {
            return toks[p++];
        }
        if (Cur.Kind is TokenKind.Newline or TokenKind.EndOfFile && op == ":")
        {
            throw Fail(Cur, "expected ':'");
        }
        throw Fail(Cur, Cur.Kind == TokenKind.Newline || Cur.Kind == TokenKind.EndOfFile ? "invalid syntax" : $"invalid syntax (expected '{op}')");
    }

    private void ExpectKeyword(string kw)
    {
        if (!AcceptKeyword(kw))
        {
            throw Fail(Cur, $"invalid syntax (expected '{kw}')");
        }
    }

    private string ExpectName()
    {
        if (Cur.Kind == TokenKind.Name && !Keywords.Contains(Cur.Text))
        {
            return toks[p++].Text;
        }
        throw Fail(Cur, "invalid syntax (expected a name)");
    }

    private static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>Skips to the end of the current logical line after an error, keeping blocks balanced.</summary>
    private void Recover()
    {
        int nest = 0;
        while (Cur.Kind != TokenKind.EndOfFile)
        {
            if (Cur.Kind == TokenKind.Indent)
            {
                nest++;
            }
            else if (Cur.Kind == TokenKind.Dedent)
            {
                if (nest == 0)
                {
                    return;
                }
                nest--;
                if (nest == 0)
                {
                    p++;
                    return;
                }
            }
            else if (Cur.Kind == TokenKind.Newline && nest == 0)
            {
                p++;
                if (Cur.Kind == TokenKind.Indent)
                {
                    continue;
                }
                return;
            }
            p++;
        }
    }
}
