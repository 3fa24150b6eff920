using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Handler syntax node.</summary>
internal sealed record Handler(int Line, int Col, Expr? Type, string? Name, List<Stmt> Body);
