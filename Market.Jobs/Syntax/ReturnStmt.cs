namespace Market.Jobs.Syntax;

/// <summary>The Return statement node.</summary>
internal sealed record ReturnStmt(int Line, int Col, Expr? Value) : Stmt(Line, Col);
