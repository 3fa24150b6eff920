# Corpus: str.find and str.count, with not-found results and overlapping text
# Features: str.find, str.count, -1 result, loops finding all occurrences
def find_all(text, pat):
    res = []
    i = text.find(pat)
    while i != -1:
        res.append(i)
        i = text.find(pat, i + 1)
    return res

def main():
    text = "the cat sat on the mat with the hat"
    print(text.find("the"), text.find("cat"), text.find("dog"), text.find(""), text.find("t", 5))
    print(text.count("the"), text.count("at"), text.count("z"), text.count("a"), text.count(""))
    print(find_all(text, "at"), find_all("aaaa", "aa"), "aaaa".count("aa"))
    print("banana".find("na"), "banana".find("na", 3), "banana".find("na", 5))
    print("mississippi".count("ss"), "mississippi".count("i"), "mississippi".find("ssi", 3))
    return find_all(text, "the")
