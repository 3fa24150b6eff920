using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Def statement node.</summary>
internal sealed record DefStmt(int Line, int Col, string Name, List<Param> Params, List<Stmt> Body) : Stmt(Line, Col);
