# Corpus: return inside finally overrides the try's return and swallows exceptions
# Features: return in finally, exception suppression, finally side effects order
def f1():
    try:
        return "try"
    finally:
        return "finally"

def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f3(log):
    try:
        log.append("try")
        return len(log)
    finally:
        log.append("finally")

def f4():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally in loop", i)
    return i

def main():
    print(f1(), f2())
    log = []
    print(f3(log), log)
    print(f4())
    return (f1(), f2())
