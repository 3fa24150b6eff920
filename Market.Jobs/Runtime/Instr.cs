namespace Market.Jobs.Runtime;

/// <summary>One instruction: an opcode and its integer argument.</summary>
internal readonly record struct Instr(Op Op, int Arg);
