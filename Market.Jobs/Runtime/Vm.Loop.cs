using System;

namespace Market.Jobs.Runtime;

/// <summary>The interpreter loop.</summary>
internal sealed partial class Vm
{
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
        long executed = 0;
        try
        {
            executed = Loop(budget);
        }
        catch (LimitExceeded e)
        {
            executed = lastExecuted;
            Fail(e.Type, e.Message, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a corrupt (hand-made) state can get here: a compiled module never does this.
            executed = lastExecuted;
            Fail("InternalError", "corrupt job state: " + e.Message, null);
        }
        state.Instructions += executed;
        if (state.Status == JobStatus.Running && state.Instructions >= state.Limits.MaxInstructions && frames.Count > 0)
        {
            Fail("LimitExceeded", $"instruction limit of {state.Limits.MaxInstructions} exceeded", null);
        }
    }

    private long lastExecuted;

    // One call runs a whole slice, so tiered compilation would leave this method in its on-stack-replacement
    // version for long jobs; compile it fully optimized from the start.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private long Loop(long budget)
    {
        // The loop's own counters cannot overflow (bounded by code and stack sizes); Python ints check explicitly.
        unchecked
        {
            long executed = 0;
            Value pendingResult;
            while (true)
            {
                if (frames.Count == 0 || state.Status != JobStatus.Running)
                {
                    return executed;
                }
                Frame f = frames[^1];
                Instr[] code = f.Code.Code;
                Value[] stack = f.Stack;
                Value[] locals = f.Locals;
                int ip = f.Ip;
                int sp = f.Sp;
                try
                {
                    while (executed < budget)
                    {
                        executed++;
                        Instr ins = code[ip++];
                        switch (ins.Op)
                        {
                            case Op.Nop:
                                break;
                            case Op.LoadConst:
                                stack[sp++] = consts[ins.Arg];
                                break;
                            case Op.LoadFast:
                            {
                                Value v = locals[ins.Arg];
                                if (v.Obj is null)
                                {
                                    throw PyError.Of(ExcType.UnboundLocalError, $"cannot access local variable '{f.Code.SlotNames[ins.Arg]}' where it is not associated with a value");
                                }
                                stack[sp++] = v;
                                break;
                            }
                            case Op.StoreFast:
                                locals[ins.Arg] = stack[--sp];
                                stack[sp] = default;
                                break;
                            case Op.DeleteFast:
                                if (locals[ins.Arg].Obj is null)
                                {
                                    throw PyError.Of(ExcType.UnboundLocalError, $"cannot access local variable '{f.Code.SlotNames[ins.Arg]}' where it is not associated with a value");
                                }
                                locals[ins.Arg] = default;
                                break;
                            case Op.LoadDeref:
                            {
                                Value v = ((Cell)locals[ins.Arg].Obj!).V;
                                if (v.Obj is null)
                                {
                                    throw DerefError(f, ins.Arg);
                                }
                                stack[sp++] = v;
                                break;
                            }
                            case Op.StoreDeref:
                                ((Cell)locals[ins.Arg].Obj!).V = stack[--sp];
                                stack[sp] = default;
                                break;
                            case Op.DeleteDeref:
                            {
                                var cell = (Cell)locals[ins.Arg].Obj!;
                                if (cell.V.Obj is null)
                                {
                                    throw DerefError(f, ins.Arg);
                                }
                                cell.V = default;
                                break;
                            }
                            case Op.LoadClosure:
                                stack[sp++] = locals[ins.Arg];
                                break;
                            case Op.MakeCell:
                                locals[ins.Arg] = new Value(new Cell { V = locals[ins.Arg] });
                                break;
                            case Op.LoadGlobal:
                            {
                                Value v = globals[ins.Arg];
                                if (v.Obj is null)
                                {
                                    v = module.BuiltinFallback[ins.Arg];
                                    if (v.Obj is null)
                                    {
                                        throw PyError.Of(ExcType.NameError, $"name '{module.GlobalNames[ins.Arg]}' is not defined");
                                    }
                                }
                                stack[sp++] = v;
                                break;
                            }
                            case Op.StoreGlobal:
                                globals[ins.Arg] = stack[--sp];
                                stack[sp] = default;
                                break;
                            case Op.DeleteGlobal:
                                if (globals[ins.Arg].Obj is null)
                                {
                                    throw PyError.Of(ExcType.NameError, $"name '{module.GlobalNames[ins.Arg]}' is not defined");
                                }
                                globals[ins.Arg] = default;
                                break;
                            case Op.LoadNone:
                                stack[sp++] = Value.None;
                                break;
                            case Op.PopTop:
                                stack[--sp] = default;
                                break;
                            case Op.DupTop:
                                stack[sp] = stack[sp - 1];
                                sp++;
                                break;
                            case Op.DupTopTwo:
                                stack[sp] = stack[sp - 2];
                                stack[sp + 1] = stack[sp - 1];
                                sp += 2;
                                break;
                            case Op.RotTwo:
                                (stack[sp - 1], stack[sp - 2]) = (stack[sp - 2], stack[sp - 1]);
                                break;
                            case Op.RotThree:
                            {
                                Value top = stack[sp - 1];
                                stack[sp - 1] = stack[sp - 2];
                                stack[sp - 2] = stack[sp - 3];
                                stack[sp - 3] = top;
                                break;
                            }
                            case Op.Binary:
                            {
                                Value b = stack[--sp];
                                Value a = stack[sp - 1];
                                stack[sp] = default;
                                if (a.IsInt && b.IsInt)
                                {
                                    long x = a.Bits, y = b.Bits;
                                    switch ((BinOp)ins.Arg)
                                    {
                                        case BinOp.Add:
                                        {
                                            long r = unchecked(x + y);
                                            if (((x ^ r) & (y ^ r)) >= 0)
                                            {
                                                stack[sp - 1] = Value.Int(r);
                                                continue;
                                            }
                                            break;
                                        }
                                        case BinOp.Sub:
                                        {
                                            long r = unchecked(x - y);
                                            if (((x ^ y) & (x ^ r)) >= 0)
                                            {
                                                stack[sp - 1] = Value.Int(r);
                                                continue;
                                            }
                                            break;
                                        }
                                    }
                                }
                                else if (a.IsFloat && b.IsFloat)
                                {
                                    switch ((BinOp)ins.Arg)
                                    {
                                        case BinOp.Add: stack[sp - 1] = Value.FromDouble(a.Float + b.Float); continue;
                                        case BinOp.Sub: stack[sp - 1] = Value.FromDouble(a.Float - b.Float); continue;
                                        case BinOp.Mul: stack[sp - 1] = Value.FromDouble(a.Float * b.Float); continue;
                                    }
                                }
                                stack[sp - 1] = Ops.Binary((BinOp)ins.Arg, a, b, this);
                                break;
                            }
                            case Op.InplaceBinary:
                            {
                                Value b = stack[--sp];
                                Value a = stack[sp - 1];
                                stack[sp] = default;
                                if (a.Obj is PyList la && (BinOp)ins.Arg == BinOp.Add)
                                {
                                    Builtins.ExtendList(this, la, b);
                                    break;
                                }
                                if (a.Obj is PyList lm && (BinOp)ins.Arg == BinOp.Mul && b.IsIntegral)
                                {
                                    Builtins.RepeatInPlace(this, lm, b);
                                    break;
                                }
                                if (a.IsInt && b.IsInt && (BinOp)ins.Arg == BinOp.Add)
                                {
                                    long x = a.Bits, y = b.Bits;
                                    long r = unchecked(x + y);
                                    if (((x ^ r) & (y ^ r)) >= 0)
                                    {
                                        stack[sp - 1] = Value.Int(r);
                                        break;
                                    }
                                }
                                stack[sp - 1] = Ops.Binary((BinOp)ins.Arg, a, b, this);
                                break;
                            }
                            case Op.Unary:
                                stack[sp - 1] = Ops.Unary(ins.Arg, stack[sp - 1]);
                                break;
                            case Op.Compare:
                            {
                                Value b = stack[--sp];
                                Value a = stack[sp - 1];
                                stack[sp] = default;
                                bool r;
                                if (a.IsInt && b.IsInt)
                                {
                                    long x = a.Bits, y = b.Bits;
                                    r = (CmpOp)ins.Arg switch
                                    {
                                        CmpOp.Lt => x < y,
                                        CmpOp.Le => x <= y,
                                        CmpOp.Eq or CmpOp.Is => x == y,
                                        CmpOp.Ne or CmpOp.IsNot => x != y,
                                        CmpOp.Gt => x > y,
                                        CmpOp.Ge => x >= y,
                                        _ => Ops.Compare((CmpOp)ins.Arg, a, b),
                                    };
                                }
                                else
                                {
                                    r = Ops.Compare((CmpOp)ins.Arg, a, b);
                                }
                                // Compare + PopJumpIfFalse run together when the fuel allows both (still two instructions).
                                Instr next = code[ip];
                                if (next.Op == Op.PopJumpIfFalse && executed < budget)
                                {
                                    executed++;
                                    ip++;
                                    stack[--sp] = default;
                                    if (!r)
                                    {
                                        ip = next.Arg;
                                    }
                                    break;
                                }
                                stack[sp - 1] = r ? Value.True : Value.False;
                                break;
                            }
                            case Op.Jump:
                                ip = ins.Arg;
                                break;
                            case Op.PopJumpIfFalse:
                            {
                                Value v = stack[--sp];
                                stack[sp] = default;
                                if (ReferenceEquals(v.Obj, Tag.Bool) ? v.Bits == 0 : !Ops.Truthy(v))
                                {
                                    ip = ins.Arg;
                                }
                                break;
                            }
                            case Op.PopJumpIfTrue:
                            {
                                Value v = stack[--sp];
                                stack[sp] = default;
                                if (ReferenceEquals(v.Obj, Tag.Bool) ? v.Bits != 0 : Ops.Truthy(v))
                                {
                                    ip = ins.Arg;
                                }
                                break;
                            }
                            case Op.JumpIfFalseOrPop:
                                if (!Ops.Truthy(stack[sp - 1]))
                                {
                                    ip = ins.Arg;
                                }
                                else
                                {
                                    stack[--sp] = default;
                                }
                                break;
                            case Op.JumpIfTrueOrPop:
                                if (Ops.Truthy(stack[sp - 1]))
                                {
                                    ip = ins.Arg;
                                }
                                else
                                {
                                    stack[--sp] = default;
                                }
                                break;
                            case Op.GetIter:
                                stack[sp - 1] = Iteration.GetIter(this, stack[sp - 1]);
                                break;
                            case Op.ForIter:
                            {
                                object it = stack[sp - 1].Obj!;
                                if (it is SeqIter si && si.Seq is PyRange rg)
                                {
                                    if (si.Index < rg.Length)
                                    {
                                        stack[sp++] = Value.Int(rg.Start + si.Index * rg.Step);
                                        si.Index++;
                                    }
                                    else
                                    {
                                        stack[--sp] = default;
                                        ip = ins.Arg;
                                    }
                                    break;
                                }
                                if (it is PyGenerator gen)
                                {
                                    if (gen.Finished)
                                    {
                                        stack[--sp] = default;
                                        ip = ins.Arg;
                                        break;
                                    }
                                    if (gen.Running)
                                    {
                                        throw Ops.ValueError("generator already executing");
                                    }
                                    if (frames.Count >= state.Limits.MaxRecursionDepth)
                                    {
                                        throw new LimitExceeded("RecursionError", $"maximum recursion depth exceeded (limit {state.Limits.MaxRecursionDepth} frames)");
                                    }
                                    f.Ip = ip;
                                    f.Sp = sp;
                                    gen.Running = true;
                                    gen.Frame!.Generator = gen;
                                    frames.Add(gen.Frame);
                                    goto reload;
                                }
                                if (Iteration.Next(this, stack[sp - 1], out Value item))
                                {
                                    stack[sp++] = item;
                                }
                                else
                                {
                                    stack[--sp] = default;
                                    ip = ins.Arg;
                                }
                                break;
                            }
                            case Op.BuildList:
                            {
                                int n = ins.Arg;
                                Charge(16L * n + 32);
                                var l = new PyList(Math.Max(n, 4));
                                Array.Copy(stack, sp - n, l.Items, 0, n);
                                l.Count = n;
                                Array.Clear(stack, sp - n, n);
                                sp -= n;
                                stack[sp++] = new Value(l);
                                break;
                            }
                            case Op.BuildTuple:
                            {
                                int n = ins.Arg;
                                Charge(16L * n + 24);
                                var items = n == 0 ? Array.Empty<Value>() : new Value[n];
                                Array.Copy(stack, sp - n, items, 0, n);
                                Array.Clear(stack, sp - n, n);
                                sp -= n;
                                stack[sp++] = new Value(n == 0 ? PyTuple.Empty : new PyTuple(items));
                                break;
                            }
                            case Op.BuildDict:
                            {
                                int n = ins.Arg;
                                Charge(48L * n + 64);
                                var d = new PyDict();
                                for (int i = sp - 2 * n; i < sp; i += 2)
                                {
                                    d.Set(stack[i], stack[i + 1]);
                                }
                                Array.Clear(stack, sp - 2 * n, 2 * n);
                                sp -= 2 * n;
                                stack[sp++] = new Value(d);
                                break;
                            }
                            case Op.BuildSlice:
                            {
                                Value step = ins.Arg == 3 ? stack[--sp] : Value.None;
                                Value stop = stack[--sp];
                                Value start = stack[sp - 1];
                                stack[sp] = default;
                                stack[sp - 1] = new Value(new PySlice(start, stop, step));
                                break;
                            }
                            case Op.BuildString:
                            {
                                int n = ins.Arg;
                                var parts = new string[n];
                                long len = 0;
                                for (int i = 0; i < n; i++)
                                {
                                    parts[i] = (string)stack[sp - n + i].Obj!;
                                    len += parts[i].Length;
                                }
                                Charge(2 * len + 24);
                                Array.Clear(stack, sp - n, n);
                                sp -= n;
                                stack[sp++] = new Value(string.Concat(parts));
                                break;
                            }
                            case Op.FormatValue:
                            {
                                string spec = "";
                                if ((ins.Arg & 4) != 0)
                                {
                                    spec = (string)stack[--sp].Obj!;
                                    stack[sp] = default;
                                }
                                Value v = stack[sp - 1];
                                switch (ins.Arg & 3)
                                {
                                    case 1: v = new Value(Ops.Str(v)); break;
                                    case 2: v = new Value(Ops.Repr(v)); break;
                                    case 3: v = new Value(Builtins.Ascii(Ops.Repr(v))); break;
                                }
                                string s = Ops.Format(v, spec);
                                Charge(2L * s.Length + 24);
                                stack[sp - 1] = new Value(s);
                                break;
                            }
                            case Op.ListAppend:
                            {
                                Value v = stack[--sp];
                                stack[sp] = default;
                                Charge(16);
                                ((PyList)stack[sp - ins.Arg].Obj!).Add(v);
                                break;
                            }
                            case Op.DictSet:
                            {
                                Value v = stack[--sp];
                                Value k = stack[--sp];
                                stack[sp] = default;
                                stack[sp + 1] = default;
                                if (((PyDict)stack[sp - ins.Arg].Obj!).Set(k, v))
                                {
                                    Charge(48);
                                }
                                break;
                            }
                            case Op.Subscr:
                            {
                                Value index = stack[--sp];
                                stack[sp] = default;
                                Value obj = stack[sp - 1];
                                if (obj.Obj is PyList pl && index.IsInt)
                                {
                                    long i = index.Bits;
                                    if (i < 0)
                                    {
                                        i += pl.Count;
                                    }
                                    if (unchecked((ulong)i < (ulong)pl.Count))
                                    {
                                        stack[sp - 1] = pl.Items[i];
                                        break;
                                    }
                                }
                                stack[sp - 1] = Subscript.Get(this, obj, index);
                                break;
                            }
                            case Op.StoreSubscr:
                            {
                                Value index = stack[--sp];
                                Value obj = stack[--sp];
                                Value v = stack[--sp];
                                stack[sp] = default;
                                stack[sp + 1] = default;
                                stack[sp + 2] = default;
                                if (obj.Obj is PyList pl && index.IsInt)
                                {
                                    long i = index.Bits;
                                    if (i < 0)
                                    {
                                        i += pl.Count;
                                    }
                                    if (unchecked((ulong)i < (ulong)pl.Count))
                                    {
                                        pl.Items[i] = v;
                                        break;
                                    }
                                }
                                Subscript.Set(this, obj, index, v);
                                break;
                            }
                            case Op.DeleteSubscr:
                            {
                                Value index = stack[--sp];
                                Value obj = stack[--sp];
                                stack[sp] = default;
                                stack[sp + 1] = default;
                                Subscript.Delete(this, obj, index);
                                break;
                            }
                            case Op.LoadAttr:
                                stack[sp - 1] = Attributes.Get(this, stack[sp - 1], (string)consts[ins.Arg].Obj!);
                                break;
                            case Op.LoadMethod:
                            {
                                Value obj = stack[sp - 1];
                                if (obj.Obj is PyModule or BuiltinFunction or ExcType or PyException)
                                {
                                    stack[sp - 1] = Attributes.Get(this, obj, (string)consts[ins.Arg].Obj!);
                                    stack[sp++] = default;
                                }
                                else
                                {
                                    stack[sp - 1] = consts[ins.Arg];
                                    stack[sp++] = obj;
                                }
                                break;
                            }
                            case Op.CallMethod:
                            {
                                int argc = ins.Arg;
                                int baseIdx = sp - argc - 2;
                                Value self = stack[baseIdx + 1];
                                f.Ip = ip;
                                f.Sp = sp;
                                Value result;
                                if (self.Obj is null)
                                {
                                    if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 2, argc), null, default, out result))
                                    {
                                        Array.Clear(stack, baseIdx, argc + 2);
                                        f.Sp = baseIdx;
                                        goto reload;
                                    }
                                }
                                else
                                {
                                    try
                                    {
                                        result = Methods.Call(this, self, (string)stack[baseIdx].Obj!, new ReadOnlySpan<Value>(stack, baseIdx + 2, argc), null, default);
                                    }
                                    catch (NeedsDrain nd)
                                    {
                                        string mname = (string)stack[baseIdx].Obj!;
                                        DrainAndRetry(nd, new Value(new BoundMethod(self, Ops.TypeName(self), mname)), new ReadOnlySpan<Value>(stack, baseIdx + 2, argc), null, default);
                                        result = default;
                                    }
                                    if (PendingCall != null)
                                    {
                                        Array.Clear(stack, baseIdx, argc + 2);
                                        f.Sp = baseIdx;
                                        if (StartPending(out pendingResult))
                                        {
                                            goto reload;
                                        }
                                        result = pendingResult;
                                    }
                                }
                                Array.Clear(stack, baseIdx + 1, argc + 1);
                                sp = baseIdx;
                                stack[sp++] = result;
                                break;
                            }
                            case Op.Call:
                            {
                                int argc = ins.Arg;
                                int baseIdx = sp - argc - 1;
                                f.Ip = ip;
                                f.Sp = sp;
                                if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 1, argc), null, default, out Value result))
                                {
                                    Array.Clear(stack, baseIdx, argc + 1);
                                    f.Sp = baseIdx;
                                    goto reload;
                                }
                                Array.Clear(stack, baseIdx + 1, argc);
                                sp = baseIdx;
                                stack[sp++] = result;
                                break;
                            }
                            case Op.CallKw:
                            {
                                var site = module.CallSites[ins.Arg];
                                int npos = site.Positional;
                                int nkw = site.Names.Length;
                                int baseIdx = sp - npos - nkw - 1;
                                f.Ip = ip;
                                f.Sp = sp;
                                if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 1, npos), site.Names, new ReadOnlySpan<Value>(stack, baseIdx + 1 + npos, nkw), out Value result))
                                {
                                    Array.Clear(stack, baseIdx, npos + nkw + 1);
                                    f.Sp = baseIdx;
                                    goto reload;
                                }
                                Array.Clear(stack, baseIdx + 1, npos + nkw);
                                sp = baseIdx;
                                stack[sp++] = result;
                                break;
                            }
                            case Op.MakeFunction:
                            {
                                CodeObject c = module.Codes[ins.Arg];
                                int nfree = c.FreeSlots.Length;
                                var cells = nfree == 0 ? Array.Empty<Cell>() : new Cell[nfree];
                                for (int i = 0; i < nfree; i++)
                                {
                                    cells[i] = (Cell)stack[sp - nfree + i].Obj!;
                                }
                                sp -= nfree;
                                int nd = c.DefaultCount;
                                var defaults = nd == 0 ? Array.Empty<Value>() : new Value[nd];
                                Array.Copy(stack, sp - nd, defaults, 0, nd);
                                sp -= nd;
                                Array.Clear(stack, sp, nd + nfree);
                                Charge(64 + 16L * (nd + nfree));
                                stack[sp++] = new Value(new PyFunction(c, defaults, cells));
                                break;
                            }
                            case Op.YieldValue:
                            {
                                Value yielded = stack[--sp];
                                stack[sp] = default;
                                f.Ip = ip;
                                f.Sp = sp;
                                frames.RemoveAt(frames.Count - 1);
                                f.Generator!.Running = false;
                                f.Generator = null;
                                Frame consumer = frames[^1];
                                consumer.Stack[consumer.Sp++] = yielded;
                                goto reload;
                            }
                            case Op.ReturnValue:
                            {
                                Value result = stack[--sp];
                                frames.RemoveAt(frames.Count - 1);
                                if (f.Generator != null)
                                {
                                    // The generator is exhausted: the consumer's ForIter pops it and leaves its loop.
                                    f.Generator.Running = false;
                                    f.Generator.Frame = null;
                                    f.Generator = null;
                                    Frame consumer = frames[^1];
                                    Instr forIter = consumer.Code.Code[consumer.Ip - 1];
                                    consumer.Stack[--consumer.Sp] = default;
                                    consumer.Ip = forIter.Arg;
                                    goto reload;
                                }
                                if (frames.Count == 0)
                                {
                                    FinishTop(result);
                                    goto reload;
                                }
                                Frame caller = frames[^1];
                                caller.Stack[caller.Sp++] = result;
                                ReturnFrame(f);
                                goto reload;
                            }
                            case Op.UnpackSequence:
                            {
                                Value seq = stack[--sp];
                                stack[sp] = default;
                                Iteration.Unpack(this, seq, ins.Arg, stack, sp);
                                sp += ins.Arg;
                                break;
                            }
                            case Op.SetupExcept:
                                f.PushHandler(ins.Arg, sp);
                                break;
                            case Op.PopBlock:
                                f.HandlerCount--;
                                break;
                            case Op.Raise:
                                if (ins.Arg == 0)
                                {
                                    throw PyError.Of(ExcType.RuntimeError, "No active exception to reraise");
                                }
                                else
                                {
                                    Value e = stack[--sp];
                                    stack[sp] = default;
                                    throw new PyError(Exceptions.ToRaise(e));
                                }
                            case Op.Reraise:
                            {
                                Value e = stack[--sp];
                                stack[sp] = default;
                                throw new PyError((PyException)e.Obj!);
                            }
                            case Op.CheckExcMatch:
                            {
                                Value t = stack[--sp];
                                stack[sp] = default;
                                stack[sp - 1] = Value.Bool(Exceptions.Matches((PyException)stack[sp - 1].Obj!, t));
                                break;
                            }
                            case Op.AssertFail:
                            {
                                Value[] args = Array.Empty<Value>();
                                if (ins.Arg == 1)
                                {
                                    args = new[] { stack[--sp] };
                                    stack[sp] = default;
                                }
                                throw new PyError(new PyException(ExcType.AssertionError, args));
                            }
                            case Op.ImportMath:
                                stack[sp++] = new Value(PyModule.Math);
                                break;
                            default:
                                throw new InvalidOperationException("bad opcode " + ins.Op);
                        }
                    }
                    f.Ip = ip;
                    f.Sp = sp;
                    return executed;
                reload:
                    continue;
                }
                catch (PyError e)
                {
                    f.Ip = ip;
                    f.Sp = Math.Min(sp, f.Stack.Length);
                    lastExecuted = executed;
                    Unwind(e.Exc);
                }
                catch (NeedsDrain)
                {
                    f.Ip = ip;
                    f.Sp = Math.Min(sp, f.Stack.Length);
                    Unwind(new PyException(ExcType.TypeError, new[] { new Value("a generator is not supported in this position in this job language") }));
                }
                catch (OverflowException)
                {
                    f.Ip = ip;
                    f.Sp = Math.Min(sp, f.Stack.Length);
                    Unwind(new PyException(ExcType.OverflowError, new[] { new Value("integer too large for this operation") }));
                }
                catch (Exception ex) when (ex is not PyError && ex is not OverflowException && ex is not NeedsDrain)
                {
                    lastExecuted = executed;
                    throw;
                }
            }
        }
    }
}
