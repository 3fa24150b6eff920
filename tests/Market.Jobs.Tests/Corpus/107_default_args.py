# Corpus: default parameter values, partially supplied arguments
# Features: def with defaults, positional override, keyword override, default None
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

def power(base, exp=2):
    return base ** exp

def span(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    return list(range(start, stop, step))

def main():
    print(greet("Ada"))
    print(greet("Ada", "Hi"))
    print(greet("Ada", "Hey", "?"))
    print(greet("Ada", punct="."))
    print(power(5), power(5, 3), power(2, exp=10), power(exp=3, base=4))
    print(span(4), span(2, 6), span(0, 10, 3), span(5, step=2, stop=12))
    return greet(punct="...", name="Bob")
