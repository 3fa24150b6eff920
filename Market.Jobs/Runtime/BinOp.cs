namespace Market.Jobs.Runtime;

/// <summary>Binary operators (the argument of <see cref="Op.Binary"/> and <see cref="Op.InplaceBinary"/>).</summary>
internal enum BinOp
{
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}
