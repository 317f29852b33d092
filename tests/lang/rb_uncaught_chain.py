# Exception chaining with raise ... from, shown by the uncaught traceback
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"

def parse(text):
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        k, _, v = line.partition("=")
        try:
            out[k.strip()] = int(v)
        except ValueError as e:
            raise ConfigError(k.strip(), f"line {lineno}") from e
    return out

print(parse("a=1\nb = 2"))
try:
    parse("a=1\nb=x")
except ConfigError as e:
    print(e, "|", repr(e.__cause__), "|", e.args)
parse("x=1\ny=\nz=3")
