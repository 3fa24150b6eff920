using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>The general path: any one instruction, whatever its operands (the loop's fast paths defer to it).</summary>
internal sealed partial class Vm
{
    /// <summary>
    /// Executes the instruction at the top frame's Ip and counts it. Returns true when the top frame changed
    /// (a call, return, yield or failure); otherwise the frame's Ip and Sp are up to date.
    /// </summary>
    /// <remarks>
    /// Ip is advanced and the instruction counted before anything can throw, so an exception leaves the frame
    /// where Unwind and the traceback expect it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Step(Frame f)
    {
        // Counters here are bounded by code and stack sizes; Python ints check explicitly.
        unchecked
        {
            Instr[] code = f.Code.Code;
            Value[] stack = f.Stack;
            Value[] locals = f.Locals;
            Instr ins = code[f.Ip];
            int ip = f.Ip + 1;
            int sp = f.Sp;
            f.Ip = ip;
            remaining--;
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
                        throw UnboundLocal(f, ins.Arg);
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
                        throw UnboundLocal(f, ins.Arg);
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
                    stack[sp] = default;
                    stack[sp - 1] = Ops.Binary((BinOp)ins.Arg, stack[sp - 1], b, this);
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
                    stack[sp - 1] = Ops.Binary((BinOp)ins.Arg, a, b, this);
                    break;
                }
                case Op.Unary:
                    stack[sp - 1] = Ops.Unary(ins.Arg, stack[sp - 1]);
                    break;
                case Op.Compare:
                {
                    Value b = stack[--sp];
                    stack[sp] = default;
                    stack[sp - 1] = Value.Bool(Ops.Compare((CmpOp)ins.Arg, stack[sp - 1], b));
                    break;
                }
                case Op.Jump:
                    ip = ins.Arg;
                    break;
                case Op.PopJumpIfFalse:
                {
                    Value v = stack[--sp];
                    stack[sp] = default;
                    if (!Ops.Truthy(v))
                    {
                        ip = ins.Arg;
                    }
                    break;
                }
                case Op.PopJumpIfTrue:
                {
                    Value v = stack[--sp];
                    stack[sp] = default;
                    if (Ops.Truthy(v))
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
                    if (stack[sp - 1].Obj is PyGenerator gen)
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
                        CheckDepth();
                        f.Ip = ip;
                        f.Sp = sp;
                        gen.Running = true;
                        gen.Frame!.Generator = gen;
                        frames.Add(gen.Frame);
                        return true;
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
                    stack[sp - 1] = Subscript.Get(this, stack[sp - 1], index);
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
                    f.Sp = sp;
                    Value result;
                    if (self.Obj is null)
                    {
                        if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 2, argc), null, default, out result))
                        {
                            Array.Clear(stack, baseIdx, argc + 2);
                            f.Sp = baseIdx;
                            return true;
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
                            if (StartPending(out result))
                            {
                                return true;
                            }
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
                    f.Sp = sp;
                    if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 1, argc), null, default, out Value result))
                    {
                        Array.Clear(stack, baseIdx, argc + 1);
                        f.Sp = baseIdx;
                        return true;
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
                    f.Sp = sp;
                    if (CallValue(stack[baseIdx], new ReadOnlySpan<Value>(stack, baseIdx + 1, npos), site.Names, new ReadOnlySpan<Value>(stack, baseIdx + 1 + npos, nkw), out Value result))
                    {
                        Array.Clear(stack, baseIdx, npos + nkw + 1);
                        f.Sp = baseIdx;
                        return true;
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
                    f.Sp = sp;
                    frames.Pop();
                    f.Generator!.Running = false;
                    f.Generator = null;
                    Frame consumer = frames[^1];
                    consumer.Stack[consumer.Sp++] = yielded;
                    return true;
                }
                case Op.ReturnValue:
                    Return(f, stack[--sp]);
                    return true;
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
            f.Ip = ip;
            f.Sp = sp;
            return false;
        }
    }

    /// <summary>The top frame returns <paramref name="result"/> to its caller (or its generator's consumer, or the job).</summary>
    private void Return(Frame f, Value result)
    {
        frames.Pop();
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
            return;
        }
        if (frames.Count == 0)
        {
            FinishTop(result);
            return;
        }
        Frame caller = frames[^1];
        caller.Stack[caller.Sp++] = result;
    }

    private void CheckDepth()
    {
        if (frames.Count >= maxDepth)
        {
            throw new LimitExceeded("RecursionError", $"maximum recursion depth exceeded (limit {maxDepth} frames)");
        }
    }

    private static PyError UnboundLocal(Frame f, int slot) =>
        PyError.Of(ExcType.UnboundLocalError, $"cannot access local variable '{f.Code.SlotNames[slot]}' where it is not associated with a value");
}
