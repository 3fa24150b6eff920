namespace Market.Jobs.Syntax;

/// <summary>One token: kind, text (the decoded value for strings), position (1-based).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string op) => (Kind == TokenKind.Op || Kind == TokenKind.Name) && Text == op;
}
