# Corpus: NameError for undefined names, deleted names and misspelled functions
# Features: NameError, print(e), del then use, undefined function call
def helper():
    return undefined_global + 1

def main():
    try:
        helper()
    except NameError as e:
        print("NameError:", e)
    try:
        print(no_such_function(3))
    except NameError as e:
        print("NameError:", e)
    value = 42
    del value
    try:
        value += 1
    except NameError as e:
        print("NameError:", e)
    value = 7
    print("rebound", value)
    return value
