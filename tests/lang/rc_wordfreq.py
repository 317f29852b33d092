# Word frequency and text statistics.

class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def __missing__(self, key):
        return 0
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: -kv[1])[:n]

class defaultdict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

def words(text):
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;:!?\"'").lower()
            if w:
                yield w

freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("Top words:")
for rank, (w, n) in enumerate(top[:8], 1):
    bar = '#' * n
    print(f"{rank:>2}. {w:<12}{n:>3} {bar}")

c = Counter(words(TEXT))
print(c.most_common(3))
print(sum(c.values()), len(c))

by_len = defaultdict(list)
for w in sorted(set(words(TEXT))):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))

lines = TEXT.splitlines()
print("lines:", len(lines))
print("chars:", len(TEXT), "letters:", sum(ch.isalpha() for ch in TEXT))
print("avg word len: %.3f" % (sum(map(len, words(TEXT))) / sum(1 for _ in words(TEXT))))
longest = max(words(TEXT), key=len)
print("longest:", longest, len(longest))
caps = [w for w in TEXT.replace(',', ' ').replace('.', ' ').split() if w[0].isupper()]
print("capitalized:", caps)
vowels = Counter(ch for ch in TEXT.lower() if ch in "aeiou")
print(" ".join(f"{v}={vowels[v]}" for v in "aeiou"))
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
print(TEXT.title()[:40])
print(TEXT[:30].swapcase(), TEXT[:20].center(30, '*'))
initials = "".join(w[0] for w in words(TEXT)).upper()
print(initials[:20], initials.isupper())
# character histogram with ljust and zfill
for ch, n in sorted(Counter(TEXT.lower().replace(" ", "").replace("\n", "")).items())[:6]:
    print(repr(ch).ljust(5), str(n).zfill(3))
