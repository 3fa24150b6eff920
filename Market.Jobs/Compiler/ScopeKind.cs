namespace Market.Jobs.Compiler;

/// <summary>What kind of scope: the module, a function or lambda, or an inlined comprehension.</summary>
internal enum ScopeKind
{
    Module,
    Function,
    Comprehension,
}
