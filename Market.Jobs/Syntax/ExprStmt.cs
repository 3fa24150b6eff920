namespace Market.Jobs.Syntax;

/// <summary>The Expr statement node.</summary>
internal sealed record ExprStmt(int Line, int Col, Expr Value) : Stmt(Line, Col);
