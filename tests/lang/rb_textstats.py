# Text statistics with a WordCounter class (dict subclass), __missing__, sorting, formatting
class WordCounter(dict):
    def __missing__(self, key):
        return 0
    def add_text(self, text):
        for raw in text.split():
            word = raw.strip(".,;:!?\"'()").lower()
            if word:
                self[word] += 1
        return self
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]
    def __add__(self, other):
        result = WordCounter(self)
        for k, v in other.items():
            result[k] += v
        return result
    def __repr__(self):
        return f"WordCounter({dict(self.most_common())!r})"

text = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness. It was the epoch of belief!"""
wc = WordCounter().add_text(text)
print(wc.most_common(5))
print(wc["it"], wc["missing"], "missing" in wc, len(wc))
print(wc.get("missing"), wc.get("age"))
both = wc + WordCounter().add_text("the end of the age")
print(both.most_common(3), type(both).__name__, isinstance(both, dict))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], sum(map(len, text.split())))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print("{:<10}{:>6}{:>8}".format("word", "count", "share"))
total = sum(wc.values())
for w, c in wc.most_common(4):
    bar = "#" * c
    print(f"{w:<10}{c:>6}{c / total:>8.1%} {bar}")
longest = max(wc, key=lambda w: (len(w), w))
print(longest, sorted(wc, key=len)[:3], sorted({len(w) for w in wc}))
by_len = {}
for w in sorted(wc):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, " ".join(by_len[k]))
print(repr(WordCounter().add_text("b a b")))
sentences = [s.strip() for s in text.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
caps = [w for w in text.split() if w[0].isupper()]
print(caps, text.count("was"), text.find("age"), text.rfind("age"), text.index("epoch"))
try:
    text.index("zebra")
except ValueError as e:
    print("ValueError:", e)
print(text.title()[:30], text.upper()[:12], "|".join(sorted(set(text.lower().split()) & {"it", "was", "zzz"})))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, f"{vowels / len(text):.4f}", text.splitlines()[1].center(70, "*"))
import functools
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, text.split()))
wc2 = WordCounter(a=1)
wc2.update(b=2)
print(wc2, dict.__repr__(wc2), wc2.pop("a"), wc2.setdefault("c", 5), sorted(wc2.items()))
try:
    WordCounter.__missing__(wc2)
except TypeError as e:
    print("TypeError:", e)
