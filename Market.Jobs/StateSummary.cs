using System.Collections.Generic;

namespace Market.Jobs;

/// <summary>What a serialized state says about itself, readable without its module.</summary>
/// <param name="ModuleHash">The module the state belongs to.</param>
/// <param name="Status">Running, completed or failed.</param>
/// <param name="Instructions">Instructions executed so far.</param>
/// <param name="Entry">The entry function.</param>
/// <param name="OutputChars">Characters printed so far.</param>
/// <param name="HeapObjects">Heap objects in the state.</param>
/// <param name="SizeBytes">Size of the serialized state.</param>
/// <param name="Digest">SHA-256 of the bytes.</param>
/// <param name="Frames">Each frame's code index, instruction pointer and stack depth, outermost first.</param>
/// <param name="Error">The traceback of a failed job.</param>
public sealed record StateSummary(
    string ModuleHash,
    JobStatus Status,
    long Instructions,
    string Entry,
    int OutputChars,
    int HeapObjects,
    int SizeBytes,
    string Digest,
    IReadOnlyList<(int Code, int Ip, int StackDepth)> Frames,
    string? Error);
