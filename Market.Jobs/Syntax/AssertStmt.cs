namespace Market.Jobs.Syntax;

/// <summary>The Assert statement node.</summary>
internal sealed record AssertStmt(int Line, int Col, Expr Test, Expr? Message) : Stmt(Line, Col);
