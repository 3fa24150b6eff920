using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Del statement node.</summary>
internal sealed record DelStmt(int Line, int Col, List<Expr> Targets) : Stmt(Line, Col);
