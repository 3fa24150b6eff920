namespace Market.Jobs.Syntax;

/// <summary>The If expression node.</summary>
internal sealed record IfExpr(int Line, int Col, Expr Test, Expr Body, Expr OrElse) : Expr(Line, Col);
