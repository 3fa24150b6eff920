using System;
using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>
/// Builds a code object's quickened copy: the same instructions at the same positions, with the opcode of the first
/// instruction of a common run replaced by a superinstruction (see the quickened forms in <see cref="Op"/>).
/// </summary>
/// <remarks>
/// Positions, arguments and instruction counts are untouched, so instruction pointers in a state and the fuel
/// accounting mean the same for both copies; a jump into the middle of a run lands on an instruction that runs by
/// itself. Where forms overlap, the choice at each position is the one that runs the straight-line code from there
/// in the fewest dispatches (a small dynamic program from the end of the code).
/// </remarks>
internal static class Quickening
{
    public static Instr[] Build(Instr[] code)
    {
        var quick = (Instr[])code.Clone();
        var cost = new int[code.Length + 1];
        var forms = new List<(Op Form, int Length)>();
        for (int i = code.Length - 1; i >= 0; i--)
        {
            forms.Clear();
            Candidates(code, i, forms);
            Op best = Op.Nop;
            int bestCost = 1 + cost[i + 1];
            foreach (var (form, length) in forms)
            {
                int c = 1 + cost[i + length];
                if (c < bestCost || (c == bestCost && length > 1 && best == Op.Nop))
                {
                    best = form;
                    bestCost = c;
                }
            }
            cost[i] = bestCost;
            if (best != Op.Nop)
            {
                quick[i] = new Instr(best, code[i].Arg);
            }
        }
        return quick;
    }

    /// <summary>The quickened forms that match at <paramref name="i"/>, most specific first, with how many instructions each covers.</summary>
    private static void Candidates(Instr[] c, int i, List<(Op, int)> forms)
    {
        Op At(int k) => i + k < c.Length ? c[i + k].Op : Op.Nop;
        bool IsJump(int k) => At(k) is Op.PopJumpIfFalse or Op.PopJumpIfTrue;
        bool IsBinary(int k) => At(k) is Op.Binary or Op.InplaceBinary;
        bool IsPush(int k) => At(k) is Op.LoadFast or Op.LoadConst or Op.LoadNone;
        switch (At(0))
        {
            case Op.LoadFast when At(1) is Op.LoadConst or Op.LoadFast:
            {
                // A local and a second operand, constant or local; x += c has its own form.
                bool constant = At(1) == Op.LoadConst;
                if (constant && At(2) == Op.InplaceBinary && At(3) == Op.StoreFast)
                {
                    forms.Add((Op.FastConstInplaceStore, 4));
                }
                if (At(2) == Op.Compare && IsJump(3))
                {
                    forms.Add((constant ? Op.FastConstCompareJump : Op.FastFastCompareJump, 4));
                }
                if (IsBinary(2))
                {
                    forms.Add((constant ? Op.FastConstBinary : Op.FastFastBinary, 3));
                }
                if (At(2) == Op.Subscr)
                {
                    forms.Add((constant ? Op.FastConstSubscr : Op.FastFastSubscr, 3));
                }
                forms.Add((constant ? Op.LoadFastLoadConst : Op.LoadFastLoadFast, 2));
                break;
            }
            case Op.LoadFast when IsBinary(1):
                forms.Add((Op.TosFastBinary, 2));
                break;
            case Op.LoadConst when IsBinary(1):
                forms.Add((Op.TosConstBinary, 2));
                break;
            case Op.Binary or Op.InplaceBinary when At(1) == Op.StoreFast:
                forms.Add((Op.BinaryStoreFast, 2));
                break;
            case Op.StoreFast when At(1) == Op.LoadFast:
                forms.Add((Op.StoreFastLoadFast, 2));
                break;
            case Op.Compare when IsJump(1):
                forms.Add((Op.CompareJump, 2));
                break;
            case Op.ForIter when At(1) == Op.StoreFast:
                forms.Add((Op.ForIterStoreFast, 2));
                break;
            case Op.BuildSlice when At(1) == Op.Subscr:
                forms.Add((Op.BuildSliceSubscr, 2));
                break;
            case Op.BuildSlice when At(1) == Op.StoreSubscr:
                forms.Add((Op.BuildSliceStoreSubscr, 2));
                break;
        }
        if (IsPush(0))
        {
            for (int n = 2; n <= 4 && IsPush(n - 1); n++)
            {
                forms.Add(((Op)((int)Op.PushRun2 + n - 2), n));
            }
        }
    }
}
