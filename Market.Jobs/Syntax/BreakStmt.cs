namespace Market.Jobs.Syntax;

/// <summary>The Break statement node.</summary>
internal sealed record BreakStmt(int Line, int Col) : Stmt(Line, Col);
