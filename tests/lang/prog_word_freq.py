# Word frequency counting and text report
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = ''.join(c for c in raw.lower() if c.isalpha())
    if w:
        words.append(w)
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f'{w:<10}{c:>3} {"#" * c}')
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
longest = max(words, key=len)
print('longest:', longest, len(longest))
print('first letters:', ''.join(sorted({w[0] for w in words})))
caps = [w for w in text.replace(',', ' ').split() if w[0].isupper()]
print(caps)
