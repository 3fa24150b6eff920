using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Market.Jobs.Syntax;

/// <summary>Turns source text into tokens, with Python's INDENT/DEDENT and implicit line joining.</summary>
internal sealed class Lexer
{
    private static readonly string[] Ops =
    {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "&", "|", "^", "~", "@",
    };

    private readonly string src;
    private readonly List<CompileError> errors;
    private readonly List<Token> tokens = new();
    private readonly Stack<int> indents = new();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    public Lexer(string src, List<CompileError> errors, int firstLine = 1, int firstColumn = 1)
    {
        this.src = src;
        this.errors = errors;
        line = firstLine;
        lineStart = -(firstColumn - 1);
        indents.Push(0);
    }

    private int Col => pos - lineStart + 1;

    public List<Token> Tokenize(bool expressionOnly = false)
    {
        bool atLineStart = !expressionOnly;
        while (pos < src.Length)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (!HandleIndent())
                {
                    atLineStart = true;
                    continue;
                }
            }
            char c = src[pos];
            if (c == '\n')
            {
                if (depth == 0 && tokens.Count > 0 && tokens[^1].Kind != TokenKind.Newline && !expressionOnly)
                {
                    Add(TokenKind.Newline, "");
                }
                NewLine();
                atLineStart = depth == 0 && !expressionOnly;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f')
            {
                pos++;
                continue;
            }
            if (c == '#')
            {
                while (pos < src.Length && src[pos] != '\n')
                {
                    pos++;
                }
                continue;
            }
            if (c == '\\' && pos + 1 < src.Length && (src[pos + 1] == '\n' || src[pos + 1] == '\r'))
            {
                pos++;
                if (src[pos] == '\r')
                {
                    pos++;
                }
                if (pos < src.Length && src[pos] == '\n')
                {
                    NewLine();
                }
                continue;
            }
            if (char.IsDigit(c) || (c == '.' && pos + 1 < src.Length && char.IsDigit(src[pos + 1])))
            {
                LexNumber();
                continue;
            }
            if (IsIdentStart(c))
            {
                int start = pos;
                while (pos < src.Length && IsIdentPart(src[pos]))
                {
                    pos++;
                }
                string word = src[start..pos];
                if (pos < src.Length && (src[pos] == '\'' || src[pos] == '"') && IsStringPrefix(word))
                {
                    LexString(word.ToLowerInvariant(), start);
                    continue;
                }
                tokens.Add(new Token(TokenKind.Name, word, line, start - lineStart + 1));
                continue;
            }
            if (c == '\'' || c == '"')
            {
                LexString("", pos);
                continue;
            }
            LexOp();
        }
        if (!expressionOnly)
        {
            if (tokens.Count > 0 && tokens[^1].Kind != TokenKind.Newline)
            {
                Add(TokenKind.Newline, "");
            }
            while (indents.Count > 1)
            {
                indents.Pop();
                Add(TokenKind.Dedent, "");
            }
        }
        Add(TokenKind.EndOfFile, "");
        return tokens;
    }

    private static bool IsStringPrefix(string w)
    {
        string l = w.ToLowerInvariant();
        return l is "r" or "f" or "rf" or "fr" or "b" or "rb" or "br" or "u";
    }

    private static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private void NewLine()
    {
        pos++;
        line++;
        lineStart = pos;
    }

    private void Add(TokenKind kind, string text) => tokens.Add(new Token(kind, text, line, Col));

    private void Error(string message, int col) => errors.Add(new CompileError(line, col, message));

    /// <summary>Measures the indentation of a logical line; returns false for blank or comment-only lines.</summary>
    private bool HandleIndent()
    {
        int width = 0;
        while (pos < src.Length && (src[pos] == ' ' || src[pos] == '\t' || src[pos] == '\f'))
        {
            width = src[pos] == '\t' ? (width / 8 + 1) * 8 : width + 1;
            pos++;
        }
        if (pos < src.Length && src[pos] == '\r')
        {
            pos++;
        }
        if (pos >= src.Length || src[pos] == '\n' || src[pos] == '#')
        {
            while (pos < src.Length && src[pos] != '\n')
            {
                pos++;
            }
            if (pos < src.Length)
            {
                NewLine();
            }
            return false;
        }
        if (width > indents.Peek())
        {
            if (indents.Count > 100)
            {
                Error("IndentationError: too many levels of indentation", Col);
                return true;
            }
            indents.Push(width);
            Add(TokenKind.Indent, "");
        }
        else
        {
            while (width < indents.Peek())
            {
                indents.Pop();
                Add(TokenKind.Dedent, "");
            }
            if (width != indents.Peek())
            {
                Error("IndentationError: unindent does not match any outer indentation level", Col);
            }
        }
        return true;
    }

    private void LexNumber()
    {
        int start = pos;
        int col = Col;
        bool isFloat = false;
        if (src[pos] == '0' && pos + 1 < src.Length && "xXoObB".Contains(src[pos + 1]))
        {
            char kind = char.ToLowerInvariant(src[pos + 1]);
            pos += 2;
            int ds = pos;
            while (pos < src.Length && (char.IsAsciiHexDigit(src[pos]) || src[pos] == '_'))
            {
                pos++;
            }
            string digits = src[ds..pos].Replace("_", "");
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            System.Numerics.BigInteger v = 0;
            foreach (char d in digits)
            {
                int dv = char.IsDigit(d) ? d - '0' : char.ToLowerInvariant(d) - 'a' + 10;
                if (dv >= radix)
                {
                    Error("SyntaxError: invalid digit in numeric literal", col);
                    break;
                }
                v = v * radix + dv;
            }
            if (digits.Length == 0)
            {
                Error("SyntaxError: invalid numeric literal", col);
            }
            tokens.Add(new Token(TokenKind.Int, v.ToString(CultureInfo.InvariantCulture), line, col));
            return;
        }
        while (pos < src.Length && (char.IsDigit(src[pos]) || src[pos] == '_'))
        {
            pos++;
        }
        if (pos < src.Length && src[pos] == '.')
        {
            isFloat = true;
            pos++;
            while (pos < src.Length && (char.IsDigit(src[pos]) || src[pos] == '_'))
            {
                pos++;
            }
        }
        if (pos < src.Length && (src[pos] == 'e' || src[pos] == 'E'))
        {
            int save = pos;
            pos++;
            if (pos < src.Length && (src[pos] == '+' || src[pos] == '-'))
            {
                pos++;
            }
            if (pos < src.Length && char.IsDigit(src[pos]))
            {
                isFloat = true;
                while (pos < src.Length && char.IsDigit(src[pos]))
                {
                    pos++;
                }
            }
            else
            {
                pos = save;
            }
        }
        if (pos < src.Length && (src[pos] == 'j' || src[pos] == 'J'))
        {
            Error("SyntaxError: complex numbers are not supported", col);
            pos++;
        }
        string text = src[start..pos].Replace("_", "");
        if (!isFloat && text.Length > 1 && text[0] == '0' && text.TrimStart('0').Length > 0)
        {
            Error("SyntaxError: leading zeros in decimal integer literals are not permitted", col);
        }
        tokens.Add(new Token(isFloat ? TokenKind.Float : TokenKind.Int, text, line, col));
    }

    private void LexString(string prefix, int start)
    {
        int col = start - lineStart + 1;
        int startLine = line;
        if (prefix.Contains('b'))
        {
            Error("SyntaxError: bytes literals are not supported", col);
        }
        bool raw = prefix.Contains('r');
        bool isF = prefix.Contains('f');
        char q = src[pos];
        bool triple = pos + 2 < src.Length && src[pos + 1] == q && src[pos + 2] == q;
        pos += triple ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= src.Length)
            {
                errors.Add(new CompileError(startLine, col, "SyntaxError: unterminated string literal"));
                break;
            }
            char c = src[pos];
            if (c == q && (!triple || (pos + 2 < src.Length && src[pos + 1] == q && src[pos + 2] == q)))
            {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n')
            {
                if (!triple)
                {
                    errors.Add(new CompileError(startLine, col, "SyntaxError: unterminated string literal"));
                    break;
                }
                sb.Append('\n');
                NewLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.Length)
            {
                char n = src[pos + 1];
                if (raw || (isF && (n == '{' || n == '}')))
                {
                    sb.Append(c).Append(n);
                    pos += 2;
                    if (n == '\n')
                    {
                        line++;
                        lineStart = pos;
                    }
                    continue;
                }
                pos += 2;
                switch (n)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '0': sb.Append('\0'); break;
                    case 'a': sb.Append('\a'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'v': sb.Append('\v'); break;
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case '\n': line++; lineStart = pos; break;
                    case 'x': sb.Append(HexEscape(2, col)); break;
                    case 'u': sb.Append(HexEscape(4, col)); break;
                    case 'U': sb.Append(HexEscape(8, col)); break;
                    default: sb.Append('\\').Append(n); break;
                }
                continue;
            }
            sb.Append(c);
            pos++;
        }
        tokens.Add(new Token(isF ? TokenKind.FString : TokenKind.String, sb.ToString(), startLine, col));
    }

    private string HexEscape(int n, int col)
    {
        if (pos + n > src.Length)
        {
            Error("SyntaxError: truncated escape sequence", col);
            return "";
        }
        if (!int.TryParse(src.AsSpan(pos, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp) || cp > 0x10FFFF)
        {
            Error("SyntaxError: invalid escape sequence", col);
            pos += n;
            return "";
        }
        pos += n;
        return char.ConvertFromUtf32(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
    }

    private void LexOp()
    {
        foreach (string op in Ops)
        {
            if (string.CompareOrdinal(src, pos, op, 0, op.Length) == 0)
            {
                if (op is "(" or "[" or "{")
                {
                    depth++;
                }
                else if (op is ")" or "]" or "}")
                {
                    depth = System.Math.Max(0, depth - 1);
                }
                tokens.Add(new Token(TokenKind.Op, op, line, Col));
                pos += op.Length;
                return;
            }
        }
        Error($"SyntaxError: invalid character '{src[pos]}'", Col);
        pos++;
    }
}
