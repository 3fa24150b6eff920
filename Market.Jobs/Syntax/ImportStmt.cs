namespace Market.Jobs.Syntax;

/// <summary>The Import statement node.</summary>
internal sealed record ImportStmt(int Line, int Col, string Module) : Stmt(Line, Col);
