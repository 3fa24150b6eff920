namespace Market.Jobs.Syntax;

/// <summary>The AugAssign statement node.</summary>
internal sealed record AugAssignStmt(int Line, int Col, Expr Target, string Op, Expr Value) : Stmt(Line, Col);
