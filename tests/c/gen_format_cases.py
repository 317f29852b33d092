#!/usr/bin/env python3
"""Generate tests/c/format_cases.inc: expected results of CPython 3.11's
format(), '%' formatting and repr(float) for test_format.c.

CPython is the oracle: every expectation is computed here by the running
python3 (it must be 3.11; the table is committed, so this only reruns when
cases change).  The cases are a deterministic pseudo-random sample (fixed
seed) of the format-spec grammar over interesting values, plus hand-picked
edge cases and error cases (the ValueError message is the expectation).

Usage: python3 tests/c/gen_format_cases.py > tests/c/format_cases.inc
       python3 tests/c/gen_format_cases.py SEED SCALE > other.inc
(SEED/SCALE give a different, SCALE times larger random sample; used by
check_format_vs_cpython.sh for wider differential runs.)
"""
import math
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_format_cases.py: needs CPython 3.11 as the oracle, not %s"
             % sys.version.split()[0])

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20241123
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
rng = random.Random(SEED)


def cstr(b):
    """A C string literal for bytes b (octal escapes: never ambiguous)."""
    if isinstance(b, str):
        b = b.encode('utf-8', 'surrogatepass')
    out = []
    for c in b:
        if 32 <= c < 127 and c not in (34, 92, 63):  # not " \ ?
            out.append(chr(c))
        else:
            out.append('\\%03o' % c)
    return '"' + ''.join(out) + '"'


def elen(text):
    return len(text.encode('utf-8', 'surrogatepass'))


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def outcome(fn):
    """(status, text): 0 ok, 1 ValueError, 2 OverflowError, 3 other."""
    try:
        return 0, fn()
    except ValueError as e:
        return 1, str(e)
    except OverflowError as e:
        return 2, str(e)
    except Exception as e:  # pragma: no cover - reported, then skipped
        return 3, '%s: %s' % (type(e).__name__, e)


# ---- values ----------------------------------------------------------

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 1 / 3, -2 / 3, 1e16, 1e-5, 1e-4,
          123456.789, -123456.789, 1e300, -1e300, 5e-324, float(2**53 + 1),
          float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, -2.5,
          0.125, 1e22, 1e23, 9.995, 0.001, 1234567.0, 100.0, 1e20,
          12345678901234567890.0, 1.7976931348623157e308,
          2.2250738585072014e-308, 0.05, 0.15, 0.25, 0.35, 999999.5, 9.5,
          0.000123456, 1e15, 1e17, 123.456, -0.0001, 99.99, 9.999999e-5,
          0.3, 2.675, 1e-7, 123456789012345678.0, 0.9999999, 7.0, -7.25e-10]

INTS = [0, 1, -1, 7, 10, 255, -255, 1234, -1234567, 10**20, -(10**30) + 7,
        2**64, 2**63 - 1, 65, 0x10FFFF, 0x110000, -5, 2**200, 987654321,
        -42, 4096, 2**100 + 12345]

STRS = ['hello', '', 'h\u00e9llo w\u00f6rld', '\u65e5\u672c\u8a9e', 'a\U0001F600b',
        'x', 'abcdefghijklmnopqrstuvwxyz']

# ---- spec grammar ----------------------------------------------------

FILL_ALIGN = ['', '', '', '<', '>', '^', '=', '*<', '*^', '*>', '*=', '0=',
              '0<', '\u00e9>', '\u20ac^', ' <', '\U0001F600=']
SIGNS = ['', '', '+', '-', ' ']
ZS = ['', '', 'z']
ALTS = ['', '', '#']
ZEROS = ['', '', '0']
WIDTHS = ['', '', '1', '5', '10', '20', '25']
GROUPS = ['', '', '', ',', '_']
PRECS = ['', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']
FTYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
ITYPES = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'G']
STYPES = ['', '', '', 's']


def rand_spec(types):
    return (rng.choice(FILL_ALIGN) + rng.choice(SIGNS) + rng.choice(ZS) +
            rng.choice(ALTS) + rng.choice(ZEROS) + rng.choice(WIDTHS) +
            rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))


FIXED_FLOAT_SPECS = ['', '.0f', '.3e', '10.4g', ',.2f', '_', '+08.3f', '^20',
                     '*<10', 'z.1f', '%', '.2%', 'n', 'E', 'G', '#g', '.0e',
                     '.0', '.1', '.3', '.17', '#', '#.0', '#.0f', '#.0e',
                     '.40g', ',', '_.3f', '020,.2f', '015,',
                     '0=12', '+', ' ', '-', '=+12', 'z', 'z%', 'z.0e', '.1g',
                     '#.3g', '.25', 'F', '010', '010,', '-^15.3', '.20e',
                     '0', '00', '000',
                     '0<8', '=', '.0%', '#.0%', ',.0f', '_e', '30,.3e',
                     '0=30,.3e', '#.0g', '#.1', '.16g', '.17g', ' 010.2f']
FIXED_INT_SPECS = ['', 'd', '#x', '#o', '#b', '#X', 'x', 'X', 'o', 'b', ',',
                   '_', '_x', '_b', '_o', '_X', '#_b', '010,', '09,', '08,',
                   '+', ' ', '-', '0=10', '*^12', '#010x', '+#x', 'c', '^5c',
                   '05c', 'n', 'e', '.2f', '%', ',.2f', '.3g', '=+8', '020_',
                   '#020_x', '*=12,', 'z', '.2', '+c', '#c', ',c', '_n', ',n',
                   '0', '00', '0<5', '<05', '0^9,', '010n', '#010b', '#_o',
                   '_d', '#_x', '#011_x', '-#x', ' #o', 'x^+#12_X', '.3%',
                   '0=+12,', '0=', '=', ' c', '-c', '#.2e', ',e']
FIXED_STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '*^11', '.3', '10.3',
                   '\u00e9^9', '05', '0>5', '0<7', '^1', '.0', '.100',
                   '\U0001F600<6', '0', '00', '.0', '<0', '3.1s', '\u00e9<.2']
ERROR_SPECS = ['abc', '10abc', '.', '.x', '<<<', '\x00', '\x01', ',\x01',
               ',_', '_,', '10,_', '.2,', '.2_', 'z+c', '9999999999999999999999',
               '.9999999999999999999', '.3000000000f', '.3000000000', '+#',
               '#+', 'z#', '=#', '=z', '+=', ' ', '=', '\u00e9', ',\u00e9',
               'q', 'r', 'd', 's', '10.2d', 'x<', '<x', '.2,f', '\u00e9\u00e9',
               '3.3.3', '0x', '#,x', ',b', ',o', '_c', '_s', ',s', 'ss']

cases = []  # (kind, spec, value-fields..., status, expected)


def add_float(x, spec):
    st, res = outcome(lambda: format(x, spec))
    if st == 3:
        return
    cases.append(('float', spec, x, st, res))


def int_digits(v, spec):
    t = spec[-1:] if spec[-1:] in ('b', 'o', 'x', 'X') else 'd'
    return format(abs(v), {'d': 'd', 'b': 'b', 'o': 'o', 'x': 'x', 'X': 'x'}[t])


def add_int(v, spec):
    st, res = outcome(lambda: format(v, spec))
    if st == 3:
        return
    try:
        fv = float(v)
    except OverflowError:
        fv = None
    if st == 2 and 'float' in res:  # "int too large to convert to float"
        return
    cases.append(('int', spec, v, fv, st, res))


def add_str(s, spec):
    st, res = outcome(lambda: format(s, spec))
    if st == 3:
        return
    cases.append(('str', spec, s, st, res))


for x in FLOATS:
    for spec in FIXED_FLOAT_SPECS:
        add_float(x, spec)
for v in INTS:
    for spec in FIXED_INT_SPECS:
        add_int(v, spec)
for s in STRS:
    for spec in FIXED_STR_SPECS:
        add_str(s, spec)
# huge precisions: exact expansions (long lines, so a few values only)
for x in [1 / 3, 5e-324, 1.7976931348623157e308, -0.1, 1e22, 0.0]:
    for spec in ['.1100f', '.800e', '#.900g', '.1000', '.60f', '.30e']:
        add_float(x, spec)
for spec in ERROR_SPECS:
    add_float(-1.5, spec)
    add_int(-42, spec)
    add_str('abc', spec)

for _ in range(1800 * SCALE):
    spec = rand_spec(FTYPES)
    for x in rng.sample(FLOATS, 3):
        add_float(x, spec)
for _ in range(1500 * SCALE):
    spec = rand_spec(ITYPES)
    for v in rng.sample(INTS, 3):
        add_int(v, spec)
for _ in range(500 * SCALE):
    spec = rand_spec(STYPES)
    for s in rng.sample(STRS, 2):
        add_str(s, spec)

# random doubles under common float specs (rounding checks)
COMMON = ['', 'e', 'f', 'g', '.3f', '.2e', '.12g', '.15g', '.16g', '.17g',
          '.20f', '.5', '.16', '#.10g', '.0f', '.1f', '%', '.0e']
for _ in range(4000 * SCALE):
    r = rng.random()
    if r < 0.5:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    elif r < 0.8:
        x = rng.uniform(-1e6, 1e6)
    else:
        x = round(rng.uniform(-1000, 1000), rng.randint(0, 4)) + 0.0
    add_float(x, rng.choice(COMMON))

# ---- '%' formatting -------------------------------------------------

pct = []  # (kind, flags, width, prec, type, value, expected)
PFLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+#0',
          '- ', '-+#0']
PWIDTHS = [-1, -1, 1, 5, 8, 12]
PPRECS = [-1, -1, 0, 1, 3, 10]
for _ in range(3000 * SCALE):
    fl = rng.choice(PFLAGS)
    w = rng.choice(PWIDTHS)
    p = rng.choice(PPRECS)
    kind = rng.choice(['int', 'int', 'float', 'float', 'str', 'chr'])
    if kind == 'int':
        t = rng.choice('diuoxX')
        v = rng.choice(INTS)
    elif kind == 'float':
        t = rng.choice('eEfFgG')
        v = rng.choice(FLOATS)
    elif kind == 'str':
        t = rng.choice('sra')
        v = rng.choice(STRS)
    else:
        t = 'c'
        v = rng.choice(['A', '\u00e9', '\U0001F600'])
    fmt = '%' + fl + ('' if w < 0 else str(w)) + ('' if p < 0 else '.' + str(p)) + t
    st, res = outcome(lambda: fmt % (v,))
    if st != 0:
        continue
    pct.append((kind, fl, w, p, t, v, res))

# ---- repr sample ----------------------------------------------------

reprs = []
for i in range(20000 * SCALE):
    r = rng.random()
    if r < 0.5:
        b = rng.getrandbits(64)
    elif r < 0.7:
        b = bits(rng.uniform(-1000, 1000))
    elif r < 0.8:
        b = (bits(2.0 ** rng.randint(-1074, 1023)) + rng.randint(-2, 2)) % 2**64
    elif r < 0.9:
        b = bits(float('%de%d' % (rng.randint(1, 10**rng.randint(1, 17)),
                                   rng.randint(-330, 300))))
    else:
        b = rng.getrandbits(52) | (rng.choice([0, 1, 2, 2046]) << 52)
    x = struct.unpack('<d', struct.pack('<Q', b))[0]
    if math.isnan(x):
        continue
    reprs.append((b, repr(x)))

# ---- emit -----------------------------------------------------------

w = sys.stdout.write
w('/* Generated by tests/c/gen_format_cases.py with CPython %s: do not edit.\n'
  ' * %d format() cases, %d %%-format cases, %d repr cases. */\n\n'
  % (sys.version.split()[0], len(cases), len(pct), len(reprs)))

PFMAP = {'-': 'FT_PERCENT_LJUST', '+': 'FT_PERCENT_SIGN', ' ': 'FT_PERCENT_BLANK',
         '#': 'FT_PERCENT_ALT', '0': 'FT_PERCENT_ZERO'}

w('static const FormatCase format_cases[] = {\n')
for c in cases:
    kind, spec = c[0], c[1]
    sb = spec.encode('utf-8')
    if kind == 'float':
        x, st, res = c[2], c[3], c[4]
        w('  {K_FLOAT, %s, %d, 0, NULL, 0, 0x%016xULL, 0, 0, %d, %s, %d},\n'
          % (cstr(sb), len(sb), bits(x), st, cstr(res), elen(res)))
    elif kind == 'int':
        v, fv, st, res = c[2], c[3], c[4], c[5]
        dig = int_digits(v, spec)
        fits = -2**63 <= v < 2**63
        w('  {K_INT, %s, %d, %d, %s, %d, 0x%016xULL, %dLL, %d, %d, %s, %d},\n'
          % (cstr(sb), len(sb), v < 0, cstr(dig), len(dig),
             bits(fv if fv is not None else 0.0), v if fits else 0, fits,
             st, cstr(res), elen(res)))
    else:
        s, st, res = c[2], c[3], c[4]
        tb = s.encode('utf-8')
        w('  {K_STR, %s, %d, 0, %s, %d, 0, %dLL, 0, %d, %s, %d},\n'
          % (cstr(sb), len(sb), cstr(tb), len(tb), len(s), st, cstr(res),
             elen(res)))
w('};\n\n')

w('static const PercentCase percent_cases[] = {\n')
for kind, fl, wd, p, t, v, res in pct:
    flags = '|'.join(PFMAP[ch] for ch in fl) or '0'
    if kind == 'int':
        base = {'o': 'o', 'x': 'x', 'X': 'x'}.get(t, 'd')
        dig = format(abs(v), base)
        w("  {K_INT, %s, %d, %d, '%s', %d, %s, %d, 0, 0, %s},\n"
          % (flags, wd, p, t, v < 0, cstr(dig), len(dig), cstr(res)))
    elif kind == 'float':
        w("  {K_FLOAT, %s, %d, %d, '%s', 0, NULL, 0, 0x%016xULL, 0, %s},\n"
          % (flags, wd, p, t, bits(v), cstr(res)))
    else:
        text = {'s': str, 'r': repr, 'a': ascii, 'c': str}[t](v)
        tb = text.encode('utf-8')
        w("  {K_STR, %s, %d, %d, '%s', 0, %s, %d, 0, %d, %s},\n"
          % (flags, wd, p, t, cstr(tb), len(tb), len(text), cstr(res)))
w('};\n\n')

w('static const ReprCase repr_cases[] = {\n')
for b, r in reprs:
    w('  {0x%016xULL, "%s"},\n' % (b, r))
w('};\n')
