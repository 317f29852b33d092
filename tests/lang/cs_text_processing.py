text = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump;   sphinx of black quartz, judge my vow."""
words = text.lower().replace(".", " ").replace(",", " ").split()
freq = {}
for w in words:
    w = w.strip("!;")
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<10}{c:>3}")
print("|".join(line.strip().title() for line in text.splitlines()))
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10, 100)]
print("{:<10}|{:>8}|{:>5}".format("name", "price", "qty"))
print("-" * 25)
for name, price, qty in table:
    print("{:<10}|{:>8.2f}|{:>5d}".format(name, price, qty))
print("%-10s|%8.2f|%5d" % table[0])
total = sum(p * q for _, p, q in table)
print(f"Total: {total:,.2f} ({total:.3e})")
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print("hello"[::-1] == "olleh", "racecar" == "racecar"[::-1])
s = "Mississippi"
print(s.count("ss"), s.find("ss"), s.rfind("ss"), s.replace("ss", "SS", 1))
print(s.upper().center(20, "="))
print(s.partition("ss"), s.rpartition("ss"))
csv = "name,age,city\nAlice,30,NYC\nBob,25,\"LA\"\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
hdr, *data = rows
for r in data:
    print(dict(zip(hdr, r)))
print(" ".join(reversed("one two three".split())))
print("abc".translate(str.maketrans("abc", "ABC")))
print("%s has %d items costing $%.2f" % ("cart", 3, 9.5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age} years".format(name="Bob", age=12))
print("{:08.3f}|{:+d}|{:x}|{:o}|{:b}|{:e}".format(3.14159, 5, 255, 8, 5, 1234.5))
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{int(n):,}", f"{n:.2%}", f"{n:12.1f}|")
for i in range(1, 4):
    print(f"{i:>3}. {'*' * i:<5}|{i**2:^7}|")
print(repr("tab\there"), str("tab\there"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("  padded  ".strip(), "xxhixx".strip("x"), "hello world".capitalize())
print("Hello".ljust(10, ".") + "World".rjust(10, "."))
print("42".zfill(5), "-42".zfill(5), "3.14".zfill(8))
print("word " * 3)
print(", ".join(map(str, range(5))))
print("".join(sorted("hello")), sorted("hello", reverse=True))
print([c for c in "hello" if c in "aeiou"])
print(str(123) + str(4.5) + str(True) + str(None))
print(int("  42  "), float("3.5e2"), int("ff", 16), int("0b101", 0))
print("x".isalpha(), "5".isdigit(), " ".isspace(), "Ab".istitle())
print(len("héllo"), "héllo".encode("utf-8"), len("héllo".encode()))
print("{!r:>10}".format("hi"), "{!s:<5}|".format(1))
print("%5.1f%%" % 45.678)
print("ABC".lower().islower(), "abc".upper())
print("snake_case_name".split("_"), "-".join("snake_case_name".split("_")))
print("CamelCaseString".swapcase())
word = "banana"
print({c: word.count(c) for c in sorted(set(word))})
print(max(["apple", "fig", "banana"], key=len), min("zebra"))
print("a" in "abc", "abc".startswith(("x", "a")), "abc".endswith("bc"))
