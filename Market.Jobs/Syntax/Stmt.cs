namespace Market.Jobs.Syntax;

/// <summary>A statement node, with the 1-based position of its first token.</summary>
internal abstract record Stmt(int Line, int Col);
