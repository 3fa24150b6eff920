namespace Market.Jobs.Syntax;

/// <summary>The Raise statement node.</summary>
internal sealed record RaiseStmt(int Line, int Col, Expr? Exc) : Stmt(Line, Col);
