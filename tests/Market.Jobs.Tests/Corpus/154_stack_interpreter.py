# Corpus: realistic job: a tiny stack-machine interpreter running assembled programs
# Features: dict dispatch, while loop with program counter, list as stack, labels, error handling
def assemble(src):
    prog = []
    labels = {}
    for line in src.split("\n"):
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        parts = line.split()
        arg = None
        if len(parts) > 1:
            arg = int(parts[1]) if parts[1].lstrip("-").isdigit() else parts[1]
        prog.append((parts[0], arg))
    return prog, labels

def run(prog, labels, limit):
    stack = []
    mem = {}
    out = []
    pc = 0
    steps = 0
    while pc < len(prog):
        steps += 1
        if steps > limit:
            raise RecursionError("step limit")
        op, arg = prog[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(mem.get(arg, 0))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "add":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == "sub":
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == "mul":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            out.append(stack[-1])
        elif op == "halt":
            break
        else:
            raise ValueError("unknown op " + op)
    return out, mem, steps

FACT = """
; factorial of n into acc
    push 25
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

def main():
    prog, labels = assemble(FACT)
    print(len(prog), labels)
    out, mem, steps = run(prog, labels, 10000)
    print(out, mem, steps)
    try:
        run([("push", 1), ("jmp", "top")], {"top": 0}, 50)
    except RecursionError as e:
        print("stopped:", e)
    try:
        run([("frobnicate", None)], {}, 10)
    except ValueError as e:
        print("error:", e)
    return out[0]
