using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Global statement node.</summary>
internal sealed record GlobalStmt(int Line, int Col, List<string> Names, bool IsNonlocal) : Stmt(Line, Col);
