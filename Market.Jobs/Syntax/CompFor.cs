using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The CompFor syntax node.</summary>
internal sealed record CompFor(Expr Target, Expr Iter, List<Expr> Ifs);
