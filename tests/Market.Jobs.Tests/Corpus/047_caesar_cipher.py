# Corpus: Caesar and Vigenere ciphers over letters
# Features: ord, chr, %, str building, join, loops, round trip assertion
def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, sign):
    out = []
    j = 0
    for c in text:
        if c.isdigit() or c == " " or c in ",.!":
            out.append(c)
        else:
            k = ord(key[j % len(key)]) - ord("a")
            out.append(shift_char(c, sign * k))
            j += 1
    return "".join(out)

def main():
    msg = "Attack at Dawn, 5 AM!"
    for k in [1, 3, 13, 25, -1, 52]:
        enc = caesar(msg, k)
        print(k, enc, caesar(enc, -k) == msg)
    v = vigenere(msg, "lemon", 1)
    print(v)
    back = vigenere(v, "lemon", -1)
    print(back)
    assert back == msg
    return caesar("xyz", 3)
