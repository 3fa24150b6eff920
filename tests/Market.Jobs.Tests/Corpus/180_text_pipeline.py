# Corpus: chaining many str methods in a text-normalization pipeline
# Features: strip, lower, replace, split, join, startswith, endswith, find, count, capitalize, isdigit, rjust
LOG = """  2024-01-05 ERROR disk full on node-7
2024-01-05 info  started job 42
 2024-01-06 WARN  slow response 850ms
2024-01-06 error timeout talking to node-3  
2024-01-07 INFO  finished job 42
# comment line
2024-01-07 Error disk full on node-7"""

def main():
    levels = {}
    messages = []
    for raw in LOG.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        date, level, rest = parts[0], parts[1], " ".join(parts[2:])
        level = level.upper()
        levels[level] = levels.get(level, 0) + 1
        messages.append((date, level, rest.capitalize()))
    for date, level, msg in messages:
        print(date.replace("-", "/"), level.ljust(5), msg)
    print(levels)
    errors = [m for m in messages if m[1] == "ERROR"]
    print(len(errors), [m[2].find("node") for m in errors], sum(m[2].count("o") for m in errors))
    nums = [w.rstrip("ms") for d, l, m in messages for w in m.split() if w.rstrip("ms").isdigit()]
    print(nums)
    print([m[2] for m in messages if m[2].endswith("42")])
    print(max(len(m[2]) for m in messages), str(len(messages)).rjust(4, "0"))
    return levels
