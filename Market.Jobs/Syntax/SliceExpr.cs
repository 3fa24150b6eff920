namespace Market.Jobs.Syntax;

/// <summary>The Slice expression node.</summary>
internal sealed record SliceExpr(int Line, int Col, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Line, Col);
