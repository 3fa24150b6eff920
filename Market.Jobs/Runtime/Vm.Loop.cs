using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>The interpreter loop: fast paths for the common cases, <see cref="Step"/> for everything else.</summary>
internal sealed partial class Vm
{
    /// <summary>
    /// Instructions left in this slice. The loop keeps its own copy in a register and writes it here before
    /// anything that can throw, so the handlers in <see cref="Run"/> and <see cref="Execute"/> see the exact count.
    /// </summary>
    private long remaining;

    /// <summary>Executes at most <paramref name="fuel"/> instructions.</summary>
    public void Run(long fuel)
    {
        if (state.Status != JobStatus.Running)
        {
            return;
        }
        long budget = Math.Min(fuel, state.Limits.MaxInstructions - state.Instructions);
        if (budget <= 0)
        {
            if (fuel > 0)
            {
                Fail("LimitExceeded", $"instruction limit of {state.Limits.MaxInstructions} exceeded", null);
            }
            return;
        }
        remaining = budget;
        try
        {
            Execute();
        }
        catch (LimitExceeded e)
        {
            Fail(e.Type, e.Message, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a corrupt (hand-made) state can get here: a compiled module never does this.
            Fail("InternalError", "corrupt job state: " + e.Message, null);
        }
        state.Instructions += budget - remaining;
        frames.TrimSpares();
        if (state.Status == JobStatus.Running && state.Instructions >= state.Limits.MaxInstructions && frames.Count > 0)
        {
            Fail("LimitExceeded", $"instruction limit of {state.Limits.MaxInstructions} exceeded", null);
        }
    }

    /// <summary>Runs the loop, delivering Python exceptions to their handlers, until the slice or the job ends.</summary>
    private void Execute()
    {
        while (true)
        {
            try
            {
                Loop();
                return;
            }
            catch (PyError e)
            {
                Unwind(e.Exc);
            }
            catch (NeedsDrain)
            {
                Unwind(new PyException(ExcType.TypeError, new[] { new Value("a generator is not supported in this position in this job language") }));
            }
            catch (OverflowException)
            {
                Unwind(new PyException(ExcType.OverflowError, new[] { new Value("integer too large for this operation") }));
            }
        }
    }

    private static bool AnyGenerator(Value[] stack, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            if (stack[i].Obj is PyGenerator)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Makes the frame and fuel what Step would have made them before calling into anything that can throw or
    /// measure the heap: the instruction at <paramref name="ip"/> counted and passed, Sp as before it (the caller
    /// clears the operand slots Step would have cleared).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Sync(Frame f, int ip, int sp, long remaining)
    {
        f.Ip = ip + 1;
        f.Sp = sp;
        this.remaining = remaining - 1;
    }

    // No exception handler in here, so the JIT keeps ip, sp and the fuel in registers. A fast path never throws:
    // when its case does not apply it jumps to `slow`, which syncs the frame and lets Step do the instruction.
    // One call runs a whole slice, so tiered compilation would leave this method in its on-stack-replacement
    // version for long jobs; compile it fully optimized from the start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Loop()
    {
        if (generalOnly)
        {
            while (this.remaining > 0 && frames.Count > 0 && state.Status == JobStatus.Running)
            {
                Step(frames[^1]);
            }
            return;
        }
        unchecked
        {
            long remaining = this.remaining;
            while (true)
            {
                if (frames.Count == 0 || state.Status != JobStatus.Running)
                {
                    this.remaining = remaining;
                    return;
                }
                Frame f = frames.Top;
                Instr[] code = f.Quick;
                Value[] stack = f.Stack;
                Value[] locals = f.Locals;
                int ip = f.Ip;
                int sp = f.Sp;
                while (remaining > 0)
                {
                    Instr ins = code[ip];
                    Value formResult;
                    int covered;
                    switch (ins.Op)
                    {
                        case Op.Nop:
                            ip++;
                            remaining--;
                            continue;
                        case Op.LoadConst:
                            stack[sp++] = consts[ins.Arg];
                            ip++;
                            remaining--;
                            continue;
                        case Op.LoadFast:
                        {
                            Value v = locals[ins.Arg];
                            if (v.Obj is null)
                            {
                                goto slow;
                            }
                            stack[sp++] = v;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.StoreFast:
                            locals[ins.Arg] = stack[--sp];
                            ip++;
                            remaining--;
                            goto jumpTail;
                        case Op.LoadDeref:
                        {
                            if (locals[ins.Arg].Obj is not Cell cell || cell.V.Obj is null)
                            {
                                goto slow;
                            }
                            stack[sp++] = cell.V;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.LoadGlobal:
                        {
                            Value v = globals[ins.Arg];
                            if (v.Obj is null)
                            {
                                v = builtinFallback[ins.Arg];
                                if (v.Obj is null)
                                {
                                    goto slow;
                                }
                            }
                            stack[sp++] = v;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.LoadNone:
                            stack[sp++] = Value.None;
                            ip++;
                            remaining--;
                            continue;
                        case Op.PopTop:
                            sp--;
                            ip++;
                            remaining--;
                            continue;
                        case Op.DupTop:
                            stack[sp] = stack[sp - 1];
                            sp++;
                            ip++;
                            remaining--;
                            continue;
                        case Op.RotTwo:
                            (stack[sp - 1], stack[sp - 2]) = (stack[sp - 2], stack[sp - 1]);
                            ip++;
                            remaining--;
                            continue;
                        case Op.DupTopTwo:
                            stack[sp] = stack[sp - 2];
                            stack[sp + 1] = stack[sp - 1];
                            sp += 2;
                            ip++;
                            remaining--;
                            continue;
                        case Op.RotThree:
                        {
                            Value top = stack[sp - 1];
                            stack[sp - 1] = stack[sp - 2];
                            stack[sp - 2] = stack[sp - 3];
                            stack[sp - 3] = top;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.Unary:
                        {
                            // Negation of an int (but the one whose negation needs a big int); `not` of anything.
                            Value v = stack[sp - 1];
                            if (ins.Arg == 0 && ReferenceEquals(v.Obj, Tag.Int) && v.Bits != long.MinValue)
                            {
                                stack[sp - 1] = Value.Int(-v.Bits);
                            }
                            else if (ins.Arg == 2)
                            {
                                stack[sp - 1] = Value.Bool(!Ops.Truthy(v));
                            }
                            else
                            {
                                goto slow;
                            }
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.JumpIfFalseOrPop:
                        case Op.JumpIfTrueOrPop:
                        {
                            // and / or: keep the deciding operand and jump, or drop it and go on (truth never raises).
                            if (Ops.Truthy(stack[sp - 1]) == (ins.Op == Op.JumpIfTrueOrPop))
                            {
                                ip = ins.Arg;
                            }
                            else
                            {
                                sp--;
                                ip++;
                            }
                            remaining--;
                            continue;
                        }
                        case Op.Binary:
                        case Op.InplaceBinary:
                        {
                            Value a = stack[sp - 2];
                            Value b = stack[sp - 1];
                            if (!FastBinary(ins.Arg, a, b, out Value r))
                            {
                                // In place on a list is Step's; anything else is Ops.Binary, called as Step would.
                                if (a.Obj is PyList)
                                {
                                    goto slow;
                                }
                                stack[sp - 1] = default;
                                Sync(f, ip, sp, remaining);
                                // Two ints of which one is big: straight to the limb arithmetic when it covers the operator.
                                if (!((a.Obj is PyBigInt && (b.Obj is PyBigInt || ReferenceEquals(b.Obj, Tag.Int)))
                                        || (b.Obj is PyBigInt && ReferenceEquals(a.Obj, Tag.Int)))
                                    || !BigArith.TryBinary((BinOp)ins.Arg, a, b, this, out r))
                                {
                                    r = Ops.Binary((BinOp)ins.Arg, a, b, this);
                                }
                            }
                            stack[sp - 2] = r;
                            sp--;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.Compare:
                        {
                            if (!FastCompare(ins.Arg, stack[sp - 2], stack[sp - 1], out bool r))
                            {
                                goto slow;
                            }
                            stack[sp - 2] = r ? Value.True : Value.False;
                            sp--;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.Jump:
                            ip = ins.Arg;
                            remaining--;
                            continue;
                        case Op.PopJumpIfFalse:
                        {
                            Value v = stack[--sp];
                            ip = (ReferenceEquals(v.Obj, Tag.Bool) ? v.Bits == 0 : !Ops.Truthy(v)) ? ins.Arg : ip + 1;
                            remaining--;
                            continue;
                        }
                        case Op.PopJumpIfTrue:
                        {
                            Value v = stack[--sp];
                            ip = (ReferenceEquals(v.Obj, Tag.Bool) ? v.Bits != 0 : Ops.Truthy(v)) ? ins.Arg : ip + 1;
                            remaining--;
                            continue;
                        }
                        case Op.ForIter:
                        case Op.ForIterStoreFast:
                        {
                            if (stack[sp - 1].Obj is PyGenerator gen)
                            {
                                // Resume the generator (as Step does): its frame goes on top, and its YieldValue
                                // brings the item back to the instruction after this one.
                                if (gen.Finished || gen.Running || frames.Count >= maxDepth)
                                {
                                    goto slow;
                                }
                                f.Ip = ip + 1;
                                f.Sp = sp;
                                remaining--;
                                gen.Running = true;
                                gen.Frame!.Generator = gen;
                                frames.Add(gen.Frame);
                                goto reload;
                            }
                            if (stack[sp - 1].Obj is not SeqIter si)
                            {
                                goto slow;
                            }
                            Value item;
                            if (si.Seq is PyRange rg)
                            {
                                long length = rg.LengthOrMinusOne;
                                if (si.Index >= length)
                                {
                                    if (length < 0)
                                    {
                                        goto slow;
                                    }
                                    goto exhausted;
                                }
                                item = Value.Int(rg.Start + si.Index * rg.Step);
                                si.Index++;
                            }
                            else if (si.Seq is PyList l)
                            {
                                if (si.Index >= l.Count)
                                {
                                    si.Index = long.MaxValue / 2;
                                    goto exhausted;
                                }
                                item = l.Items[si.Index++];
                            }
                            else if (si.Seq is string str)
                            {
                                if (si.Index >= str.Length)
                                {
                                    goto exhausted;
                                }
                                item = new Value(Iteration.CharString(str[(int)si.Index++]));
                            }
                            else if (si.Seq is PyTuple tu)
                            {
                                if (si.Index >= tu.Items.Length)
                                {
                                    goto exhausted;
                                }
                                item = tu.Items[si.Index++];
                            }
                            else
                            {
                                goto slow;
                            }
                            if (ins.Op == Op.ForIterStoreFast && remaining >= 2)
                            {
                                locals[code[ip + 1].Arg] = item;
                                ip += 2;
                                remaining -= 2;
                                continue;
                            }
                            stack[sp++] = item;
                            ip++;
                            remaining--;
                            continue;
                        exhausted:
                            sp--;
                            ip = ins.Arg;
                            remaining--;
                            continue;
                        }
                        case Op.Subscr:
                        {
                            Value obj = stack[sp - 2];
                            Value index = stack[sp - 1];
                            if (!FastIndex(obj, index, out Value r))
                            {
                                stack[sp - 1] = default;
                                Sync(f, ip, sp, remaining);
                                r = Subscript.Get(this, obj, index);
                            }
                            stack[sp - 2] = r;
                            sp--;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.StoreSubscr:
                        {
                            Value index = stack[sp - 1];
                            Value obj = stack[sp - 2];
                            Value v = stack[sp - 3];
                            if (obj.Obj is PyList pl && ReferenceEquals(index.Obj, Tag.Int))
                            {
                                long i = index.Bits;
                                if (i < 0)
                                {
                                    i += pl.Count;
                                }
                                if ((ulong)i < (ulong)pl.Count)
                                {
                                    pl.Items[i] = v;
                                    sp -= 3;
                                    ip++;
                                    remaining--;
                                    continue;
                                }
                            }
                            stack[sp - 3] = default;
                            stack[sp - 2] = default;
                            stack[sp - 1] = default;
                            Sync(f, ip, sp, remaining);
                            Subscript.Set(this, obj, index, v);
                            sp -= 3;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.LoadMethod:
                        {
                            Value obj = stack[sp - 1];
                            if (obj.Obj is PyModule or BuiltinFunction or ExcType or PyException)
                            {
                                goto slow;
                            }
                            stack[sp - 1] = consts[ins.Arg];
                            stack[sp++] = obj;
                            ip++;
                            remaining--;
                            continue;
                        }
                        case Op.Call:
                        case Op.CallMethod:
                        {
                            // A plain call of a job function with exactly its positional parameters: push the frame here.
                            int argc = ins.Arg;
                            int baseIdx = sp - argc - 1;
                            if (ins.Op == Op.CallMethod)
                            {
                                object? self = stack[sp - argc - 1].Obj;
                                if (self is not null)
                                {
                                    // The two method calls that dominate real jobs; the rest are Step's.
                                    string name = (string)stack[sp - argc - 2].Obj!;
                                    Value result;
                                    if (self is PyList list && argc == 1 && name == "append")
                                    {
                                        long total = state.HeapCounter + 16;
                                        if (total > maxHeap || total < 0)
                                        {
                                            goto slow;
                                        }
                                        state.HeapCounter = total;
                                        list.Add(stack[sp - 1]);
                                        result = Value.None;
                                    }
                                    else if (self is PyDict dict && argc is 1 or 2 && name == "get")
                                    {
                                        Sync(f, ip, sp, remaining);
                                        if (!dict.TryGet(stack[sp - argc], out result))
                                        {
                                            result = argc == 2 ? stack[sp - 1] : Value.None;
                                        }
                                    }
                                    else
                                    {
                                        goto slow;
                                    }
                                    sp -= argc + 2;
                                    stack[sp++] = result;
                                    ip++;
                                    remaining--;
                                    continue;
                                }
                                baseIdx--;
                            }
                            if (stack[baseIdx].Obj is BuiltinFunction bf && !AnyGenerator(stack, sp - argc, argc))
                            {
                                // A built-in with positional arguments, as CallValue would call it. With no generator
                                // among the arguments, a NeedsDrain can only end as the TypeError Execute makes of it.
                                Sync(f, ip, sp, remaining);
                                Value result = bf.Fn(this, new ReadOnlySpan<Value>(stack, sp - argc, argc), null, default);
                                if (PendingCall != null)
                                {
                                    Array.Clear(stack, baseIdx, sp - baseIdx);
                                    f.Sp = baseIdx;
                                    bool pushed = StartPending(out result);
                                    remaining = this.remaining;
                                    if (pushed)
                                    {
                                        goto reload;
                                    }
                                    remaining++;
                                }
                                sp = baseIdx;
                                stack[sp++] = result;
                                ip++;
                                remaining--;
                                continue;
                            }
                            if (stack[baseIdx].Obj is not PyFunction pf || pf.FastArity != argc || frames.Count >= maxDepth)
                            {
                                goto slow;
                            }
                            CodeObject c = pf.Code;
                            Frame nf = frames.Rent(c);
                            Value[] nl = nf.Locals;
                            for (int i = 0; i < argc; i++)
                            {
                                nl[i] = stack[sp - argc + i];
                            }
                            int[] freeSlots = c.FreeSlots;
                            for (int i = 0; i < freeSlots.Length; i++)
                            {
                                nl[freeSlots[i]] = new Value(pf.Closure[i]);
                            }
                            f.Ip = ip + 1;
                            f.Sp = baseIdx;
                            remaining--;
                            frames.Add(nf);
                            f = nf;
                            code = nf.Quick;
                            stack = nf.Stack;
                            locals = nl;
                            ip = 0;
                            sp = 0;
                            continue;
                        }
                        case Op.ReturnValue:
                        {
                            if (f.Generator != null || frames.Count < 2)
                            {
                                goto slow;
                            }
                            Value result = stack[sp - 1];
                            frames.Pop();
                            remaining--;
                            f = frames.Top;
                            code = f.Quick;
                            stack = f.Stack;
                            locals = f.Locals;
                            ip = f.Ip;
                            sp = f.Sp;
                            stack[sp++] = result;
                            continue;
                        }
                        case Op.YieldValue:
                        {
                            // Back to the consumer's loop with the item (as Step does).
                            PyGenerator? yielding = f.Generator;
                            if (yielding == null || frames.Count < 2)
                            {
                                goto slow;
                            }
                            Value yielded = stack[--sp];
                            stack[sp] = default;
                            f.Ip = ip + 1;
                            f.Sp = sp;
                            remaining--;
                            frames.Pop();
                            yielding.Running = false;
                            f.Generator = null;
                            Frame consumer = frames.Top;
                            consumer.Stack[consumer.Sp++] = yielded;
                            goto reload;
                        }
                        case Op.UnpackSequence:
                        {
                            int n = ins.Arg;
                            Value[] items;
                            Value seq = stack[sp - 1];
                            if (seq.Obj is PyTuple t && t.Items.Length == n)
                            {
                                items = t.Items;
                            }
                            else if (seq.Obj is PyList ul && ul.Count == n)
                            {
                                items = ul.Items;
                            }
                            else
                            {
                                goto slow;
                            }
                            sp--;
                            for (int i = n - 1; i >= 0; i--)
                            {
                                stack[sp++] = items[i];
                            }
                            ip++;
                            remaining--;
                            continue;
                        }

                        // Superinstructions (see Quickening): all or nothing, else the first instruction alone.
                        case Op.LoadFastLoadFast:
                        {
                            Value a = locals[ins.Arg];
                            Value b = locals[code[ip + 1].Arg];
                            if (remaining < 2 || a.Obj is null || b.Obj is null)
                            {
                                goto case Op.LoadFast;
                            }
                            stack[sp] = a;
                            stack[sp + 1] = b;
                            sp += 2;
                            ip += 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.LoadFastLoadConst:
                        {
                            Value a = locals[ins.Arg];
                            if (remaining < 2 || a.Obj is null)
                            {
                                goto case Op.LoadFast;
                            }
                            stack[sp] = a;
                            stack[sp + 1] = consts[code[ip + 1].Arg];
                            sp += 2;
                            ip += 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.StoreFastLoadFast:
                        {
                            locals[ins.Arg] = stack[sp - 1];
                            Value b = locals[code[ip + 1].Arg];
                            if (remaining < 2 || b.Obj is null)
                            {
                                sp--;
                                ip++;
                                remaining--;
                                continue;
                            }
                            stack[sp - 1] = b;
                            ip += 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.FastConstBinary:
                        case Op.FastFastBinary:
                        {
                            // The second operand is a constant or a local (the forms differ only there).
                            Value b = ins.Op == Op.FastConstBinary ? consts[code[ip + 1].Arg] : locals[code[ip + 1].Arg];
                            if (remaining < 3 || !FastBinary(code[ip + 2].Arg, locals[ins.Arg], b, out formResult))
                            {
                                goto case Op.LoadFast;
                            }
                            covered = 3;
                            goto pushOrStore;
                        }
                        case Op.TosFastBinary:
                        case Op.TosConstBinary:
                        {
                            bool fromConst = ins.Op == Op.TosConstBinary;
                            Value b = fromConst ? consts[ins.Arg] : locals[ins.Arg];
                            if (remaining < 2 || !FastBinary(code[ip + 1].Arg, stack[sp - 1], b, out Value r))
                            {
                                if (fromConst)
                                {
                                    goto case Op.LoadConst;
                                }
                                goto case Op.LoadFast;
                            }
                            stack[sp - 1] = r;
                            ip += 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.BinaryStoreFast:
                        {
                            if (remaining < 2 || !FastBinary(ins.Arg, stack[sp - 2], stack[sp - 1], out Value r))
                            {
                                goto case Op.Binary;
                            }
                            locals[code[ip + 1].Arg] = r;
                            sp -= 2;
                            ip += 2;
                            remaining -= 2;
                            goto jumpTail;
                        }
                        case Op.PushRun2:
                        case Op.PushRun3:
                        case Op.PushRun4:
                        {
                            // The pushes in order from the plain code (positions inside the run may be quickened too);
                            // an unbound local ends the run early and then raises as its own instruction.
                            int n = ins.Op - Op.PushRun2 + 2;
                            if (remaining < n)
                            {
                                goto slow;
                            }
                            Instr[] plain = f.Code.Code;
                            int k = 0;
                            for (; k < n; k++)
                            {
                                Instr x = plain[ip + k];
                                Value v = x.Op == Op.LoadFast ? locals[x.Arg] : x.Op == Op.LoadConst ? consts[x.Arg] : Value.None;
                                if (v.Obj is null)
                                {
                                    break;
                                }
                                stack[sp++] = v;
                            }
                            if (k == 0)
                            {
                                goto slow;
                            }
                            ip += k;
                            remaining -= k;
                            continue;
                        }
                        case Op.FastConstInplaceStore:
                        {
                            if (remaining < 4 || !FastBinary(code[ip + 2].Arg, locals[ins.Arg], consts[code[ip + 1].Arg], out Value r))
                            {
                                goto case Op.LoadFast;
                            }
                            locals[code[ip + 3].Arg] = r;
                            ip += 4;
                            remaining -= 4;
                            goto jumpTail;
                        }
                        case Op.FastConstCompareJump:
                        case Op.FastFastCompareJump:
                        {
                            Value b = ins.Op == Op.FastConstCompareJump ? consts[code[ip + 1].Arg] : locals[code[ip + 1].Arg];
                            if (remaining < 4 || !FastCompare(code[ip + 2].Arg, locals[ins.Arg], b, out bool r))
                            {
                                goto case Op.LoadFast;
                            }
                            Instr j = code[ip + 3];
                            ip = r == (j.Op == Op.PopJumpIfTrue) ? j.Arg : ip + 4;
                            remaining -= 4;
                            continue;
                        }
                        case Op.CompareJump:
                        {
                            if (remaining < 2 || !FastCompare(ins.Arg, stack[sp - 2], stack[sp - 1], out bool r))
                            {
                                goto case Op.Compare;
                            }
                            sp -= 2;
                            Instr j = code[ip + 1];
                            ip = r == (j.Op == Op.PopJumpIfTrue) ? j.Arg : ip + 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.BuildSliceSubscr:
                        case Op.BuildSliceStoreSubscr:
                        {
                            // The slice's parts go straight to the list, with no slice object; the stack and frame look
                            // exactly as Step's Subscr or StoreSubscr would leave them while it runs (the heap walk may
                            // look), and both instructions count.
                            int parts = ins.Arg;
                            if (remaining < 2 || stack[sp - parts - 1].Obj is not PyList l)
                            {
                                goto slow;
                            }
                            bool store = ins.Op == Op.BuildSliceStoreSubscr;
                            Value start = stack[sp - parts];
                            Value stop = stack[sp - parts + 1];
                            Value step = parts == 3 ? stack[sp - 1] : Value.None;
                            Value value = store ? stack[sp - parts - 2] : default;
                            int popped = store ? parts + 2 : parts;
                            sp -= popped;
                            Array.Clear(stack, sp, popped);
                            f.Ip = ip + 2;
                            f.Sp = sp + (store ? 3 : 1);
                            this.remaining = remaining - 2;
                            if (store)
                            {
                                Subscript.SetSlice(this, l, start, stop, step, value);
                            }
                            else
                            {
                                stack[sp - 1] = Subscript.ListSlice(this, l, start, stop, step);
                            }
                            ip += 2;
                            remaining -= 2;
                            continue;
                        }
                        case Op.FastConstSubscr:
                        case Op.FastFastSubscr:
                        {
                            Value index = ins.Op == Op.FastConstSubscr ? consts[code[ip + 1].Arg] : locals[code[ip + 1].Arg];
                            if (remaining < 3 || !FastIndex(locals[ins.Arg], index, out formResult))
                            {
                                goto case Op.LoadFast;
                            }
                            covered = 3;
                            goto pushOrStore;
                        }
                        default:
                            goto slow;
                    }

                    // The result of a form that covered `covered` instructions: into the local a StoreFast right
                    // after it names (one dispatch fewer), else onto the stack.
                pushOrStore:
                    if (remaining > covered && code[ip + covered].Op == Op.StoreFast)
                    {
                        locals[code[ip + covered].Arg] = formResult;
                        ip += covered + 1;
                        remaining -= covered + 1;
                        goto jumpTail;
                    }
                    stack[sp++] = formResult;
                    ip += covered;
                    remaining -= covered;
                    continue;
                    // A loop body's closing Jump, taken here by the store before it (one dispatch fewer per iteration).
                jumpTail:
                    if (remaining > 0 && code[ip].Op == Op.Jump)
                    {
                        ip = code[ip].Arg;
                        remaining--;
                    }
                    continue;
                slow:
                    f.Ip = ip;
                    f.Sp = sp;
                    this.remaining = remaining;
                    bool switched = Step(f);
                    remaining = this.remaining;
                    if (switched)
                    {
                        goto reload;
                    }
                    ip = f.Ip;
                    sp = f.Sp;
                }
                f.Ip = ip;
                f.Sp = sp;
                this.remaining = remaining;
                return;
            reload:
                continue;
            }
        }
    }
}
