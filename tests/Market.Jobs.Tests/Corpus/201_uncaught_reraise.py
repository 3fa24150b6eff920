# Corpus: bare raise re-raises the original uncaught ZeroDivisionError after logging
# Features: uncaught exception, bare raise, logging in handler, integer modulo by zero
def compute(x):
    return 100 % x

def main():
    for x in [7, 3, 0, 2]:
        try:
            print(x, compute(x))
        except ZeroDivisionError as e:
            print("logging:", e)
            raise
    return "unreachable"
