using System;

namespace Market.Jobs.Runtime;

/// <summary>One activation: code, instruction pointer, operand stack, locals and the exception-handler stack.</summary>
internal sealed class Frame
{
    public Frame(CodeObject code)
    {
        Code = code;
        Quick = code.Quick;
        Stack = new Value[code.MaxStack];
        Locals = code.LocalCount == 0 ? Array.Empty<Value>() : new Value[code.LocalCount];
    }

    public CodeObject Code { get; }

    /// <summary>The code the interpreter loop dispatches on (<see cref="CodeObject.Quick"/>, kept here to save a load per call).</summary>
    public Instr[] Quick { get; }

    /// <summary>Set while this frame belongs to a running generator.</summary>
    public PyGenerator? Generator;

    /// <summary>Free-list link while the frame waits in the VM's pool for reuse.</summary>
    public Frame? NextFree;

    public int Ip;
    public int Sp;
    public Value[] Stack;
    public Value[] Locals;

    /// <summary>Handler targets and the stack depth to restore, innermost last.</summary>
    public int[] HandlerTargets = Array.Empty<int>();
    public int[] HandlerDepths = Array.Empty<int>();
    public int HandlerCount;

    public void PushHandler(int target, int depth)
    {
        if (HandlerCount == HandlerTargets.Length)
        {
            int n = Math.Max(4, HandlerCount * 2);
            Array.Resize(ref HandlerTargets, n);
            Array.Resize(ref HandlerDepths, n);
        }
        HandlerTargets[HandlerCount] = target;
        HandlerDepths[HandlerCount] = depth;
        HandlerCount++;
    }

    /// <summary>The source line being executed (the instruction before Ip).</summary>
    public int Line => Code.Lines.Length == 0 ? 0 : Code.Lines[Math.Clamp(Ip - 1, 0, Code.Lines.Length - 1)];
}
