namespace Market.Jobs.Syntax;

/// <summary>The Continue statement node.</summary>
internal sealed record ContinueStmt(int Line, int Col) : Stmt(Line, Col);
