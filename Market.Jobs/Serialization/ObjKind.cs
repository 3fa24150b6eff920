namespace Market.Jobs.Serialization;

/// <summary>Tags of heap objects in the state format (version 1). Never renumber.</summary>
internal enum ObjKind : byte
{
    End = 0,
    Str = 1,
    BigInt = 2,
    List = 3,
    Tuple = 4,
    Dict = 5,
    Cell = 6,
    Function = 7,
    Builtin = 8,
    BoundMethod = 9,
    ExcType = 10,
    Exception = 11,
    MathModule = 12,
    SeqIter = 13,
    DictIter = 14,
    DictView = 15,
    Enumerate = 16,
    Zip = 17,
    Range = 18,
    Slice = 19,
    Generator = 20,
}
