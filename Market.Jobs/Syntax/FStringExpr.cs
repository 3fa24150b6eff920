using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>An f-string: parts are string literals or <see cref="FormattedValue"/>s.</summary>
internal sealed record FStringExpr(int Line, int Col, List<object> Parts) : Expr(Line, Col);
