# Corpus: repr of strings with quotes, backslashes and control characters
# Features: repr, str escapes, quote selection, {x!r} in f-strings, containers of str
def main():
    samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
               "new\nline", "cr\rreturn", "bell\x07", "nul\x00", "", " ", "del\x7f"]
    for s in samples:
        print(repr(s), len(s))
    print(samples[:4])
    print({"k'ey": "va\"lue"})
    print(("a\\b",), [chr(27)])
    x = "quote'd"
    print(f"{x!r} and {x}")
    return samples[1:3]
