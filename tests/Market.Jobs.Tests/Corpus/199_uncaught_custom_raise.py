# Corpus: uncaught ValueError raised explicitly deep in a call chain, finally blocks run on the way out
# Features: uncaught exception, raise with message, finally during propagation, recursion
def validate(depth):
    try:
        if depth == 0:
            raise ValueError("validation failed at the bottom")
        print("enter", depth)
        return validate(depth - 1)
    finally:
        print("leave", depth)

def main():
    print("start")
    return validate(3)
