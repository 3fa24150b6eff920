namespace Market.Jobs.Syntax;

/// <summary>The Bool expression node.</summary>
internal sealed record BoolExpr(int Line, int Col, bool IsAnd, Expr Left, Expr Right) : Expr(Line, Col);
