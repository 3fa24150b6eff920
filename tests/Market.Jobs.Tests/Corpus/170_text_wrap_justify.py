# Corpus: realistic job: greedy word wrapping and full justification of a paragraph
# Features: split, join, len, ljust, rjust, integer division for spacing, divmod, nested loops
TEXT = ("The market sells slices of time on other people's machines. A job must be stoppable at any "
        "instruction, its whole state serialized to bytes, and resumed later on a different machine "
        "with exactly the same outcome.")

def wrap(text, width):
    lines = []
    cur = []
    length = 0
    for word in text.split():
        if cur and length + 1 + len(word) > width:
            lines.append(cur)
            cur = [word]
            length = len(word)
        else:
            length += len(word) + (1 if cur else 0)
            cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    each, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (each + (1 if i < extra else 0))
    return out + words[-1]

def main():
    for width in [30, 45]:
        lines = wrap(TEXT, width)
        print("width", width, "lines", len(lines))
        for i, line in enumerate(lines):
            text = " ".join(line) if i == len(lines) - 1 else justify(line, width)
            print("|" + text.ljust(width) + "|")
        print("|" + "right aligned".rjust(width) + "|")
    return [len(l) for l in wrap(TEXT, 20)]
