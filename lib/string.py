"""The constants of CPython's string module, and capwords.

Pure Python, no shared state: safe to use from any thread."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------------------
# Template: $-substitution (PEP 292)

_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


class _TemplateMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases and ('pattern' in ns or 'idpattern' in ns or
                      'braceidpattern' in ns or 'flags' in ns):
            # CPython compiles these as regular expressions; ftpy has no re
            # module yet, so only the delimiter can be customised.
            cls._custom_pattern = True


class Template(metaclass=_TemplateMeta):
    """A string class for $-substitutions: $name, ${name}, and $$ for $.

    A subclass may set `delimiter`; a custom `idpattern`, `braceidpattern`,
    `pattern` or `flags` (regular expressions in CPython) raises
    NotImplementedError when used, as ftpy has no re module yet."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None
    _custom_pattern = False

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # The template split into ('text', s), ('name', id) and
        # ('invalid', index) parts.
        if self._custom_pattern:
            raise NotImplementedError(
                "string.Template with a custom pattern needs the re module, "
                "which ftpy does not have yet")
        t, d = self.template, self.delimiter
        out, i, start, n, nd = [], 0, 0, len(self.template), len(d)
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            k = j + nd
            if t.startswith(d, k):                       # escaped
                out.append(('text', t[start:j] + d))
                i = start = k + nd
                continue
            if k < n and t[k] in _ID_START:              # $name
                e = k + 1
                while e < n and t[e] in _ID_REST:
                    e += 1
                out.append(('text', t[start:j]))
                out.append(('name', t[k:e], t[j:e]))
                i = start = e
                continue
            if k < n and t[k] == '{':                    # ${name}
                e = t.find('}', k + 1)
                name = t[k + 1:e] if e >= 0 else ''
                if e >= 0 and name and name[0] in _ID_START and \
                        all(ch in _ID_REST for ch in name):
                    out.append(('text', t[start:j]))
                    out.append(('name', name, t[j:e + 1]))
                    i = start = e + 1
                    continue
            out.append(('text', t[start:j]))
            out.append(('invalid', k))
            i = start = k
        out.append(('text', t[start:]))
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append('%s' % (mapping[piece[1]],))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append('%s' % (mapping[piece[1]],))
                except KeyError:
                    out.append(piece[2])
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._pieces())

    def get_identifiers(self):
        ids = []
        for piece in self._pieces():
            if piece[0] == 'name' and piece[1] not in ids:
                ids.append(piece[1])
        return ids


def _merged(mapping, kws):
    """substitute()'s mapping: keywords first, then the positional mapping."""
    if mapping is None:
        return kws
    return _ChainedMapping(kws, mapping) if kws else mapping


class _ChainedMapping:
    # keyword arguments first, then the mapping (what ChainMap would do)
    def __init__(self, first, second):
        self._first, self._second = first, second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]
