using System;
using System.Collections.Generic;
using System.Numerics;
using Market.Jobs.Runtime;

namespace Market.Jobs.Serialization;

/// <summary>
/// Reads the state format in two phases: parse everything into raw records (no module needed), then build and
/// link the objects against a module, validating every index and every kind.
/// </summary>
internal sealed partial class StateReader
{
    /// <summary>A value as read: kind 0..5 inline, 6 a reference to object <c>Ref</c>.</summary>
    private readonly record struct RawValue(byte Kind, long Bits, int Ref);

    private sealed record RawFrame(int Code, int Ip, RawValue[] Stack, RawValue[] Locals, (int Target, int Depth)[] Handlers);

    private sealed class RawObject
    {
        public ObjKind Kind;
        public string? Text;
        public string? Text2;
        public byte[]? Bytes;
        public RawValue[] Values = Array.Empty<RawValue>();
        public int[] Refs = Array.Empty<int>();
        public long A;
        public long B;
        public long C;
        public List<TraceEntry>? Trace;
        public RawFrame? Frame;
    }

    public byte[] ModuleHash = Array.Empty<byte>();
    public JobStatus Status;
    public long Instructions;
    public int Phase;
    public long HeapCounter;
    public string EntryName = "";
    public JobLimits Limits = JobLimits.Default;
    public JobError? Error;
    public string Output = "";
    private RawValue[] globals = Array.Empty<RawValue>();
    private RawValue[] entryArgs = Array.Empty<RawValue>();
    private string[] entryKwNames = Array.Empty<string>();
    private RawValue[] entryKwValues = Array.Empty<RawValue>();
    private RawValue result;
    private readonly List<RawFrame> frames = new();
    private readonly List<RawObject> objects = new();

    public int FrameCount => frames.Count;

    public int ObjectCount => objects.Count;

    public IEnumerable<(int Code, int Ip, int StackDepth)> FrameSummaries
    {
        get
        {
            foreach (var f in frames)
            {
                yield return (f.Code, f.Ip, f.Stack.Length);
            }
        }
    }

    public void Parse(ReadOnlySpan<byte> data)
    {
        var r = new ByteReader(data);
        var magic = r.Bytes(StateWriter.Magic.Length);
        if (!magic.SequenceEqual(StateWriter.Magic))
        {
            throw new CorruptState("not a job state (bad magic)");
        }
        int version = r.Byte() | (r.Byte() << 8);
        if (version != StateWriter.FormatVersion)
        {
            throw new CorruptState($"unsupported state format version {version} (this build reads {StateWriter.FormatVersion})");
        }
        ModuleHash = r.Bytes(32).ToArray();
        Status = (JobStatus)r.Int(2);
        Instructions = (long)Math.Min(r.VarU(), long.MaxValue);
        Phase = r.Int(1);
        HeapCounter = (long)Math.Min(r.VarU(), long.MaxValue);
        EntryName = r.Str();
        Limits = new JobLimits
        {
            MaxHeapBytes = (long)Math.Min(r.VarU(), long.MaxValue),
            MaxRecursionDepth = r.Int(1_000_000),
            MaxStateBytes = (long)Math.Min(r.VarU(), long.MaxValue),
            MaxInstructions = (long)Math.Min(r.VarU(), long.MaxValue),
        };
        if (Status == JobStatus.Failed)
        {
            Error = new JobError(r.Str(), r.Str(), r.Str());
        }
        Output = r.Str();
        globals = Values(ref r);
        entryArgs = Values(ref r);
        int nkw = r.Count(2);
        entryKwNames = new string[nkw];
        entryKwValues = new RawValue[nkw];
        for (int i = 0; i < nkw; i++)
        {
            entryKwNames[i] = r.Str();
            entryKwValues[i] = Val(ref r);
        }
        result = Val(ref r);
        int nframes = r.Count(4);
        for (int i = 0; i < nframes; i++)
        {
            frames.Add(ReadFrame(ref r));
            frameGenerators.Add(Val(ref r));
        }
        while (true)
        {
            var kind = (ObjKind)r.Byte();
            if (kind == ObjKind.End)
            {
                break;
            }
            objects.Add(ReadObject(ref r, kind));
        }
        if (r.Remaining != 0)
        {
            throw new CorruptState($"{r.Remaining} trailing bytes after the end of the state");
        }
    }

    private readonly List<RawValue> frameGenerators = new();

    private static RawFrame ReadFrame(ref ByteReader r)
    {
        int code = r.Int(int.MaxValue);
        int ip = r.Int(int.MaxValue);
        var stack = Values(ref r);
        var locals = Values(ref r);
        int nh = r.Count(2);
        var handlers = new (int, int)[nh];
        for (int h = 0; h < nh; h++)
        {
            handlers[h] = (r.Int(int.MaxValue), r.Int(int.MaxValue));
        }
        return new RawFrame(code, ip, stack, locals, handlers);
    }

    private static RawValue Val(ref ByteReader r)
    {
        byte kind = r.Byte();
        switch (kind)
        {
            case 0:
            case 1:
            case 2:
            case 3:
                return new RawValue(kind, 0, 0);
            case 4:
                return new RawValue(kind, r.VarS(), 0);
            case 5:
                return new RawValue(kind, BitConverter.DoubleToInt64Bits(r.Double()), 0);
            case 6:
                return new RawValue(kind, 0, r.Int(int.MaxValue));
            default:
                throw new CorruptState($"bad value tag {kind} at byte {r.Position - 1}");
        }
    }

    private static RawValue[] Values(ref ByteReader r)
    {
        int n = r.Count();
        var vs = new RawValue[n];
        for (int i = 0; i < n; i++)
        {
            vs[i] = Val(ref r);
        }
        return vs;
    }

    private static RawObject ReadObject(ref ByteReader r, ObjKind kind)
    {
        var o = new RawObject { Kind = kind };
        switch (kind)
        {
            case ObjKind.Str:
                o.Text = r.Str();
                break;
            case ObjKind.BigInt:
                o.Bytes = r.Bytes(r.Count()).ToArray();
                break;
            case ObjKind.List:
            case ObjKind.Tuple:
            case ObjKind.Zip:
                o.Values = Values(ref r);
                break;
            case ObjKind.Dict:
            {
                int n = r.Count(2);
                o.Values = new RawValue[2 * n];
                for (int i = 0; i < 2 * n; i++)
                {
                    o.Values[i] = Val(ref r);
                }
                break;
            }
            case ObjKind.Cell:
                o.Values = new[] { Val(ref r) };
                break;
            case ObjKind.Function:
            {
                o.A = r.Int(int.MaxValue);
                o.Values = Values(ref r);
                int n = r.Count();
                o.Refs = new int[n];
                for (int i = 0; i < n; i++)
                {
                    o.Refs[i] = r.Int(int.MaxValue);
                }
                break;
            }
            case ObjKind.Builtin:
                o.Text = r.Str();
                o.A = r.Int(1);
                break;
            case ObjKind.BoundMethod:
                o.Values = new[] { Val(ref r) };
                o.Text = r.Str();
                o.Text2 = r.Str();
                break;
            case ObjKind.ExcType:
                o.Text = r.Str();
                break;
            case ObjKind.Exception:
            {
                o.Text = r.Str();
                o.Values = Values(ref r);
                int n = r.Count(2);
                o.Trace = new List<TraceEntry>(n);
                for (int i = 0; i < n; i++)
                {
                    o.Trace.Add(new TraceEntry(r.Str(), r.Int(int.MaxValue)));
                }
                break;
            }
            case ObjKind.MathModule:
                break;
            case ObjKind.SeqIter:
                o.Refs = new[] { r.Int(int.MaxValue) };
                o.A = r.VarS();
                break;
            case ObjKind.DictIter:
                o.Refs = new[] { r.Int(int.MaxValue) };
                o.A = r.Int(2);
                o.B = r.VarS();
                o.C = r.Int(int.MaxValue);
                break;
            case ObjKind.DictView:
                o.Refs = new[] { r.Int(int.MaxValue) };
                o.A = r.Int(2);
                break;
            case ObjKind.Enumerate:
                o.Values = new[] { Val(ref r), Val(ref r) };
                break;
            case ObjKind.Range:
                o.A = r.VarS();
                o.B = r.VarS();
                o.C = r.VarS();
                break;
            case ObjKind.Slice:
                o.Values = new[] { Val(ref r), Val(ref r), Val(ref r) };
                break;
            case ObjKind.Generator:
                o.Text = r.Str();
                o.A = r.Int(2);
                if (o.A == 1)
                {
                    o.Frame = ReadFrame(ref r);
                }
                break;
            default:
                throw new CorruptState($"unknown object kind {(byte)kind} at byte {r.Position - 1}");
        }
        return o;
    }
}
