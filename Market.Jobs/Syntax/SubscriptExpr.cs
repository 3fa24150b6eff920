namespace Market.Jobs.Syntax;

/// <summary>The Subscript expression node.</summary>
internal sealed record SubscriptExpr(int Line, int Col, Expr Obj, Expr Index) : Expr(Line, Col);
