namespace Market.Live.Server;

/// <summary>One statement of a commit: SQL with parameters <c>@p0</c>, <c>@p1</c>, ... and their values.</summary>
internal readonly record struct SqlOp(string Sql, object?[] Args);
