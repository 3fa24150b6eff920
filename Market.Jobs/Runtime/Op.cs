namespace Market.Jobs.Runtime;

/// <summary>The VM's instruction set (a stack machine; the argument meaning is given per opcode).</summary>
internal enum Op : byte
{
    Nop,
    LoadConst,      // module constant index
    LoadFast,       // local slot
    StoreFast,
    DeleteFast,
    LoadDeref,      // local slot holding a Cell
    StoreDeref,
    DeleteDeref,
    LoadGlobal,     // global index
    StoreGlobal,
    DeleteGlobal,
    LoadNone,
    PopTop,
    DupTop,
    DupTopTwo,
    RotTwo,
    RotThree,
    Binary,         // BinOp
    InplaceBinary,  // BinOp
    Unary,          // 0 neg, 1 pos, 2 not, 3 invert
    Compare,        // CmpOp
    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    GetIter,
    ForIter,        // jump target when exhausted
    BuildList,
    BuildTuple,
    BuildDict,      // pairs on stack
    BuildSlice,     // 2 or 3
    BuildString,    // n pieces
    FormatValue,    // bit 0..1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: spec on stack
    ListAppend,     // depth of the list below TOS
    DictSet,        // depth of the dict below key and value
    Subscr,
    StoreSubscr,
    DeleteSubscr,
    LoadAttr,       // name constant index
    LoadMethod,     // name constant index: pushes method and self (or unbound marker)
    CallMethod,     // argc
    Call,           // argc
    CallKw,         // argc; TOS is a tuple of keyword names (constant index in arg high bits)
    MakeFunction,   // code index; flags in code: defaults count, closure
    MakeCell,       // local slot: wraps its current value in a new Cell
    LoadClosure,    // local slot: pushes the Cell itself
    ReturnValue,
    UnpackSequence, // n
    SetupExcept,    // handler target
    PopBlock,
    Raise,          // 0 re-raise current, 1 raise TOS
    Reraise,        // re-raise TOS keeping its traceback
    CheckExcMatch,  // TOS type(s), TOS1 exception: pushes bool
    AssertFail,     // 0 no message, 1 message on stack
    ImportMath,
    YieldValue,     // generator frames only: hands TOS to the consumer and suspends

    // Quickened forms: only in CodeObject.Quick, never emitted by the compiler nor stored in a state. Each stands
    // at the first instruction of a run of ordinary ones (whose arguments it reads in place) and executes the whole
    // run in one dispatch when the slice has fuel for all of it and the operands take the fast path; otherwise
    // the first instruction runs alone, as its ordinary opcode (the loop's `goto case`).
    LoadFastLoadFast,           // LoadFast; LoadFast
    LoadFastLoadConst,          // LoadFast; LoadConst
    StoreFastLoadFast,          // StoreFast; LoadFast
    FastConstBinary,            // LoadFast; LoadConst; Binary or InplaceBinary on numbers
    FastFastBinary,             // LoadFast; LoadFast; Binary or InplaceBinary on numbers
    FastConstInplaceStore,      // LoadFast; LoadConst; InplaceBinary; StoreFast (x += c on numbers)
    FastConstCompareJump,       // LoadFast; LoadConst; Compare; PopJumpIfFalse or PopJumpIfTrue
    FastFastCompareJump,        // LoadFast; LoadFast; Compare; PopJumpIfFalse or PopJumpIfTrue
    CompareJump,                // Compare; PopJumpIfFalse or PopJumpIfTrue
    FastFastSubscr,             // LoadFast; LoadFast; Subscr
    FastConstSubscr,            // LoadFast; LoadConst; Subscr
    ForIterStoreFast,           // ForIter; StoreFast
    BuildSliceSubscr,           // BuildSlice; Subscr on a list (no slice object is built)
    BuildSliceStoreSubscr,      // BuildSlice; StoreSubscr on a list (no slice object is built)
    TosFastBinary,              // LoadFast; Binary or InplaceBinary on numbers (top of stack op local)
    TosConstBinary,             // LoadConst; Binary or InplaceBinary on numbers (top of stack op constant)
    BinaryStoreFast,            // Binary or InplaceBinary on numbers; StoreFast
    PushRun2,                   // two, three or four of LoadFast, LoadConst, LoadNone in a row
    PushRun3,
    PushRun4,
}
