namespace Market.Jobs.Syntax;

/// <summary>An expression node, with the 1-based position of its first token.</summary>
internal abstract record Expr(int Line, int Col);
