using System;

namespace Market.Jobs.Runtime;

/// <summary>The signature of a built-in function: positional arguments, then keyword names and values.</summary>
internal delegate Value NativeFn(Vm vm, ReadOnlySpan<Value> args, string[]? kwNames, ReadOnlySpan<Value> kwValues);
