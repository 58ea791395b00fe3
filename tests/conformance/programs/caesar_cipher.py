# Caesar and Vigenère ciphers with str methods, ord/chr and translate.
import string
def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    t = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(t)
def vigenere(s, key, sign=1):
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            k = ord(key[i % len(key)].lower()) - ord('a')
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Hello, World! The quick brown fox.'
c = caesar(msg, 3)
print(c, caesar(c, 23))
v = vigenere(msg, 'lemon')
print(v, vigenere(v, 'lemon', -1))
