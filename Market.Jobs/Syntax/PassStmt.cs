namespace Market.Jobs.Syntax;

/// <summary>The Pass statement node.</summary>
internal sealed record PassStmt(int Line, int Col) : Stmt(Line, Col);
