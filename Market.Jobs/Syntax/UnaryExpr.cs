namespace Market.Jobs.Syntax;

/// <summary>The Unary expression node.</summary>
internal sealed record UnaryExpr(int Line, int Col, string Op, Expr Operand) : Expr(Line, Col);
