# str method chains: normalizing names, slugs, wrapping, templating, csv-ish parsing.
raw_names = ["  alice SMITH ", "BOB o'neil", "carol-ann   de la cruz", "\tdave\n", "ÉMILE zola"]
def normalize(name):
    parts = name.strip().split()
    return " ".join(p.capitalize() for p in parts)
for n in raw_names:
    norm = normalize(n)
    slug = "-".join(norm.lower().replace("'", "").split())
    initials = "".join(w[0] for w in norm.split() if w[0].isupper())
    print(f"{norm!r:28} {slug:24} {initials:4} {norm.title()!r}")

def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
text = "The quick brown fox jumps over the lazy dog and keeps running far away from the hunters"
for line in wrap(text, 24):
    print(f"|{line:<24}|{line.center(26, '.')}|")

CSV = '''name,qty,price,notes
apple,3,0.5,"red, crisp"
banana,12,0.25,
"cherry, dark",100,0.1,"says ""hi"""
'''
def split_csv_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ',':
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields
rows = [split_csv_line(l) for l in CSV.splitlines()]
header, *body = rows
print(header)
for r in body:
    rec = dict(zip(header, r))
    total = int(rec["qty"]) * float(rec["price"])
    print(f"{rec['name']:<14} {rec['qty']:>4} x {float(rec['price']):5.2f} = {total:6.2f}  {rec['notes'] or '-'}")

tmpl = "Dear {title} {last},\nYour balance is ${amount:,.2f} as of {date}."
print(tmpl.format(title="Dr.", last="Who", amount=1234567.891, date="2024-01-02"))
print(tmpl.format_map({"title": "Ms", "last": "X", "amount": 0.5, "date": "today"}))
s = "Hello, World"
print(s.lower().replace("world", "there").upper().center(20, "=").strip("=").split(","))
print(s[::-1], s[-5:], s[:-7], s[2:9:3], s.partition(", "), s.rpartition("o"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.find("o", 5), s.rindex("o"), s.count("l", 3))
print(s.casefold(), s.swapcase(), s.isascii(), s.isprintable(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print("a-b_c d".translate(str.maketrans("-_", "  ", "d")), "abc".translate({97: "AA", 98: None}))
print("x".join("123"), "\n".join(["l1", "l2"]).splitlines(True), "a\r\nb\rc\n".splitlines())
print("1,2,,3".split(","), "1 2  3 ".split(), "a b c".split(" ", 1), "a b c".rsplit(" ", 1), "".split(","), "".split())
print("tab\tsep\tcols".expandtabs(8), repr("  x  ".lstrip()), repr("xxyxx".rstrip("x")))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("Straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
print("%s|%-6s|%6s|" % ("a", "bc", "def"), "{:^7}|{:<3}|".format("mid", "l"))
print(str.removeprefix("prefix_body", "prefix_"), "body_suffix".removesuffix("_suffix"))
print("CamelCaseString".replace("C", "_c").lstrip("_"), "snake_case_here".title().replace("_", ""))
words = "the rain in spain stays mainly in the plain".split()
print(sorted(set(words), key=lambda w: (-len(w), w)), max(words, key=words.count), " ".join(reversed(words)))
print("".join(c for c in "H3ll0 W0rld!" if c.isalpha()), sum(c.isdigit() for c in "a1b22c333"))
print("ab" * 3 + "-" * 2, "abc" < "abd", "Z" < "a", "é" > "z", min("hello"), sorted("hello"))
print(ascii("héllo €"), repr("tab\there"), repr('quote"s'), repr("it's"), repr("both'\""))
print("{0!r:>10}{1!s:<5}{2!a}".format("x", "y", "é"))
