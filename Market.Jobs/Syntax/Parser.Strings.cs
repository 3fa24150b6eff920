using System.Collections.Generic;
using System.Text;

namespace Market.Jobs.Syntax;

/// <summary>String literals, implicit concatenation and f-strings.</summary>
internal sealed partial class Parser
{
    private Expr Strings()
    {
        Token first = Cur;
        var parts = new List<object>();
        bool anyF = false;
        while (Cur.Kind is TokenKind.String or TokenKind.FString)
        {
            Token t = toks[p++];
            if (t.Kind == TokenKind.String)
            {
                AddLiteral(parts, t.Text);
            }
            else
            {
                anyF = true;
                FString(t, parts);
            }
        }
        if (!anyF)
        {
            return new ConstExpr(first.Line, first.Column, parts.Count == 0 ? "" : (string)parts[0]);
        }
        return new FStringExpr(first.Line, first.Column, parts);
    }

    private static void AddLiteral(List<object> parts, string s)
    {
        if (parts.Count > 0 && parts[^1] is string prev)
        {
            parts[^1] = prev + s;
        }
        else
        {
            parts.Add(s);
        }
    }

    private void FString(Token t, List<object> parts)
    {
        string s = t.Text;
        var lit = new StringBuilder();
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '{' && i + 1 < s.Length && s[i + 1] == '{')
            {
                lit.Append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < s.Length && s[i + 1] == '}')
            {
                lit.Append('}');
                i += 2;
                continue;
            }
            if (c == '}')
            {
                errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: single '}' is not allowed"));
                i++;
                continue;
            }
            if (c != '{')
            {
                lit.Append(c);
                i++;
                continue;
            }
            int end = FindExprEnd(s, i + 1);
            if (end < 0)
            {
                errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: expecting '}'"));
                return;
            }
            string exprText = s[(i + 1)..end];
            i = end;
            char conv = '\0';
            Expr? spec = null;
            bool debug = false;
            string trimmed = exprText.TrimEnd();
            if (trimmed.EndsWith('=') && !trimmed.EndsWith("==") && !trimmed.EndsWith("!=") && !trimmed.EndsWith("<=") && !trimmed.EndsWith(">="))
            {
                debug = true;
                lit.Append(exprText);
                exprText = trimmed[..^1];
            }
            if (i < s.Length && s[i] == '!')
            {
                conv = i + 1 < s.Length ? s[i + 1] : '\0';
                if (conv is not ('r' or 's' or 'a'))
                {
                    errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: invalid conversion character"));
                }
                i += 2;
            }
            if (i < s.Length && s[i] == ':')
            {
                int specEnd = FindSpecEnd(s, i + 1);
                if (specEnd < 0)
                {
                    errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: expecting '}'"));
                    return;
                }
                var specParts = new List<object>();
                FString(t with { Text = s[(i + 1)..specEnd] }, specParts);
                spec = new FStringExpr(t.Line, t.Column, specParts);
                i = specEnd;
            }
            if (i >= s.Length || s[i] != '}')
            {
                errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: expecting '}'"));
                return;
            }
            i++;
            if (exprText.Trim().Length == 0)
            {
                errors.Add(new CompileError(t.Line, t.Column, "SyntaxError: f-string: empty expression not allowed"));
                continue;
            }
            Expr? e = ParseExpression(exprText, t.Line, t.Column, errors);
            if (e == null)
            {
                continue;
            }
            if (debug && conv == '\0' && spec == null)
            {
                conv = 'r';
            }
            if (lit.Length > 0)
            {
                AddLiteral(parts, lit.ToString());
                lit.Clear();
            }
            parts.Add(new FormattedValue(e, conv, spec));
        }
        if (lit.Length > 0)
        {
            AddLiteral(parts, lit.ToString());
        }
    }

    /// <summary>Finds where an f-string replacement field's expression ends (at '!', ':', '}' at depth 0).</summary>
    private static int FindExprEnd(string s, int i)
    {
        int depth = 0;
        char quote = '\0';
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            switch (c)
            {
                case '\'':
                case '"':
                    quote = c;
                    break;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                    depth--;
                    break;
                case '}':
                    if (depth == 0)
                    {
                        return i;
                    }
                    depth--;
                    break;
                case '!':
                    if (depth == 0 && (i + 1 >= s.Length || s[i + 1] != '='))
                    {
                        return i;
                    }
                    break;
                case ':':
                    if (depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    private static int FindSpecEnd(string s, int i)
    {
        int depth = 0;
        for (; i < s.Length; i++)
        {
            if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}')
            {
                if (depth == 0)
                {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
