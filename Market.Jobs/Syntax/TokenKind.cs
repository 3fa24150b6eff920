namespace Market.Jobs.Syntax;

/// <summary>The kinds of token the lexer produces.</summary>
internal enum TokenKind
{
    Name,
    Int,
    Float,
    String,
    FString,
    Op,
    Newline,
    Indent,
    Dedent,
    EndOfFile,
}
