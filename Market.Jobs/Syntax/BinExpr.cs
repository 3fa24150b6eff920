namespace Market.Jobs.Syntax;

/// <summary>The Bin expression node.</summary>
internal sealed record BinExpr(int Line, int Col, string Op, Expr Left, Expr Right) : Expr(Line, Col);
