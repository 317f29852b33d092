text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

import string
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:<12}{c:>3} {'#' * c}")
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(vowels, sum(letters.values()) - vowels)
print(text.count("it was"), text.find("age"), text.rfind("age"), text.index("Light"))
print(text.title()[:30], text.upper().count("E"), text[:12].swapcase())
sentences = [s.strip() for s in text.replace("\n", " ").split(",")]
print(len(sentences), sentences[-1], sentences[2].split(" ", 2))
first = {}
for w in words:
    first.setdefault(w[0], set()).add(w)
print({k: len(v) for k, v in sorted(first.items())})
caps = [w for w in text.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print(caps)
# word wrap
def wrap(t, width):
    out, line = [], ""
    for w in t.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out
for l in wrap(text, 28):
    print("|" + l.ljust(28) + "|")
for l in wrap(text, 40)[:3]:
    print("|" + l.center(40, ".") + "|", "|" + l.rjust(40) + "|")
print(string.ascii_lowercase[::5], string.digits, len(string.punctuation))
table = str.maketrans("aeiou", "AEIOU", ",.")
print(text[:60].translate(table))
print(" ".join(w[::-1] for w in "hello brave new world".split()))
print("palindromes:", [w for w in ["level", "noon", "python", "Racecar", "a"] if w.lower() == w.lower()[::-1]])
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
