namespace Market.Jobs.Runtime;

/// <summary>Comparison operators (the argument of <see cref="Op.Compare"/>).</summary>
internal enum CmpOp
{
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}
