using System;
using System.Collections.Generic;
using Market.Jobs.Runtime;

namespace Market.Jobs.Compiler;

/// <summary>Accumulates instructions and line numbers for one code object, and computes its stack size.</summary>
internal sealed class CodeBuilder
{
    private readonly List<Instr> code = new();
    private readonly List<int> lines = new();
    private readonly List<(int At, Label Label)> fixups = new();

    public int Line { get; set; }

    public int Count => code.Count;

    public void Emit(Op op, int arg = 0)
    {
        code.Add(new Instr(op, arg));
        lines.Add(Line);
    }

    public void Emit(Op op, Label label)
    {
        fixups.Add((code.Count, label));
        Emit(op, -1);
    }

    public void Place(Label label) => label.Target = code.Count;

    public (Instr[] Code, int[] Lines, int MaxStack) Finish(ModuleBuilder mb)
    {
        foreach (var (at, label) in fixups)
        {
            if (label.Target < 0)
            {
                throw new InvalidOperationException("unplaced label");
            }
            code[at] = code[at] with { Arg = label.Target };
        }
        var arr = code.ToArray();
        return (arr, lines.ToArray(), MaxStackOf(arr, mb));
    }

    /// <summary>Stack effect of an instruction on the fall-through path.</summary>
    public static int Effect(Instr i, ModuleBuilder mb) => i.Op switch
    {
        Op.Nop => 0,
        Op.LoadConst or Op.LoadFast or Op.LoadDeref or Op.LoadGlobal or Op.LoadNone or Op.LoadClosure or Op.ImportMath => 1,
        Op.StoreFast or Op.StoreDeref or Op.StoreGlobal or Op.PopTop => -1,
        Op.DeleteFast or Op.DeleteDeref or Op.DeleteGlobal or Op.MakeCell => 0,
        Op.DupTop => 1,
        Op.DupTopTwo => 2,
        Op.RotTwo or Op.RotThree => 0,
        Op.Binary or Op.InplaceBinary or Op.Compare => -1,
        Op.Unary => 0,
        Op.Jump => 0,
        Op.PopJumpIfFalse or Op.PopJumpIfTrue => -1,
        Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop => -1,
        Op.GetIter => 0,
        Op.ForIter => 1,
        Op.BuildList or Op.BuildTuple or Op.BuildString => 1 - i.Arg,
        Op.BuildDict => 1 - 2 * i.Arg,
        Op.BuildSlice => 1 - i.Arg,
        Op.FormatValue => (i.Arg & 4) != 0 ? -1 : 0,
        Op.ListAppend => -1,
        Op.DictSet => -2,
        Op.Subscr => -1,
        Op.StoreSubscr => -3,
        Op.DeleteSubscr => -2,
        Op.LoadAttr => 0,
        Op.LoadMethod => 1,
        Op.CallMethod => -i.Arg - 1,
        Op.Call => -i.Arg,
        Op.CallKw => -(mb.CallSites[i.Arg].Positional + mb.CallSites[i.Arg].Names.Length),
        Op.MakeFunction => 1 - mb.Codes[i.Arg]!.DefaultCount - mb.Codes[i.Arg]!.FreeSlots.Length,
        Op.ReturnValue => -1,
        Op.UnpackSequence => i.Arg - 1,
        Op.SetupExcept => 0,
        Op.PopBlock => 0,
        Op.Raise => -i.Arg,
        Op.Reraise => -1,
        Op.CheckExcMatch => -1,
        Op.AssertFail => -i.Arg,
        Op.YieldValue => -1,
        _ => throw new InvalidOperationException(i.Op.ToString()),
    };

    private static int MaxStackOf(Instr[] code, ModuleBuilder mb)
    {
        var depth = new int[code.Length + 1];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        depth[0] = 0;
        work.Push(0);
        int max = 0;
        void Flow(int target, int d)
        {
            if (target < depth.Length && depth[target] < d)
            {
                depth[target] = d;
                work.Push(target);
            }
        }
        while (work.Count > 0)
        {
            int pc = work.Pop();
            if (pc >= code.Length)
            {
                continue;
            }
            int d = depth[pc];
            var ins = code[pc];
            int after = d + Effect(ins, mb);
            max = Math.Max(max, Math.Max(d, after));
            switch (ins.Op)
            {
                case Op.Jump:
                    Flow(ins.Arg, after);
                    continue;
                case Op.ReturnValue:
                case Op.Reraise:
                case Op.Raise:
                    continue;
                case Op.PopJumpIfFalse:
                case Op.PopJumpIfTrue:
                    Flow(ins.Arg, after);
                    break;
                case Op.JumpIfFalseOrPop:
                case Op.JumpIfTrueOrPop:
                    Flow(ins.Arg, d);
                    break;
                case Op.ForIter:
                    Flow(ins.Arg, d - 1);
                    break;
                case Op.SetupExcept:
                    Flow(ins.Arg, d + 1);
                    max = Math.Max(max, d + 1);
                    break;
            }
            Flow(pc + 1, after);
        }
        return max + 1;
    }
}
