"""Warning control: warn(), the filter list and catch_warnings.

Behaves as CPython's warnings module: the same default filters, actions
("default", "error", "ignore", "always", "module", "once"), per-module
__warningregistry__ de-duplication and output format on sys.stderr.

Filter patterns (message, module) are regular expressions in CPython; this
module has no regular-expression engine yet and understands the forms
programs use: literal text, '.' and '.*' (a pattern is matched at the start,
messages case-insensitively).  Anything else raises NotImplementedError.

Thread safety: _lock guards the filter list, the registries' version and
the once-registry; showing a warning (which may run user code) happens
outside it.
"""
import sys
import _thread

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings",
           "WarningMessage", "filters", "defaultaction", "onceregistry"]

_lock = _thread.RLock()

defaultaction = "default"
onceregistry = {}
_filters_version = 1

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- patterns -------------------------------------------------------------

class _Pattern:
    """A compiled filter pattern: literal runs, '.' and '.*', anchored at
    the start like re.match."""

    def __init__(self, text, ignorecase):
        self.pattern = text
        self.ignorecase = ignorecase
        if ignorecase:
            text = text.lower()
        self.parts = []
        i = 0
        lit = ""
        while i < len(text):
            ch = text[i]
            if ch == "\\" and i + 1 < len(text) and not text[i + 1].isalnum():
                lit += text[i + 1]
                i += 2
                continue
            if ch == ".":
                if lit:
                    self.parts.append(lit)
                    lit = ""
                if text[i + 1:i + 2] == "*":
                    self.parts.append(".*")
                    i += 2
                else:
                    self.parts.append(".")
                    i += 1
                continue
            if ch in "^$*+?{}[]|()\\":
                if ch == "$" and i == len(text) - 1:
                    if lit:
                        self.parts.append(lit)
                        lit = ""
                    self.parts.append("$")
                    i += 1
                    continue
                raise NotImplementedError(
                    "warnings filter pattern %r: only literal text, '.' and '.*' "
                    "are supported (no regular-expression engine yet)" % self.pattern)
            lit += ch
            i += 1
        if lit:
            self.parts.append(lit)

    def match(self, s):
        if self.ignorecase:
            s = s.lower()
        return self._match(0, s, 0)

    def _match(self, k, s, pos):
        parts = self.parts
        while k < len(parts):
            p = parts[k]
            if p == ".*":
                for start in range(len(s), pos - 1, -1):
                    if self._match(k + 1, s, start):
                        return True
                return False
            if p == ".":
                if pos >= len(s) or s[pos] == "\n":
                    return False
                pos += 1
            elif p == "$":
                return pos == len(s) or (pos == len(s) - 1 and s[pos] == "\n")
            else:
                if not s.startswith(p, pos):
                    return False
                pos += len(p)
            k += 1
        return True


def _compile(text, ignorecase):
    return _Pattern(text, ignorecase) if text else None


# ---- the filter list --------------------------------------------------------

# (action, message pattern, category, module pattern, lineno): CPython's
# defaults for a release build
filters = [
    ("default", None, DeprecationWarning, _compile("__main__$", False), 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]

def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    with _lock:
        if not append:
            try:
                filters.remove(item)
            except ValueError:
                pass
            filters.insert(0, item)
        elif item not in filters:
            filters.append(item)
        _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, _compile(message, True), category,
                 _compile(module, False), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    with _lock:
        filters[:] = []
        _filters_mutated()


# ---- showing ----------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_orig


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _show(msg):
    """Show a WarningMessage through the (possibly replaced) showwarning."""
    sw = showwarning
    if sw is _showwarning_orig:
        _showwarning_orig(msg.message, msg.category, msg.filename, msg.lineno,
                          msg.file, msg.line)
        return
    if not callable(sw):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---- warn -------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_["__name__"] if "__name__" in globals_ else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    with _lock:
        if registry.get("version", 0) != _filters_version:
            registry.clear()
            registry["version"] = _filters_version
        if registry.get(key):
            return
        for item in filters:
            action, msg, cat, mod, ln = item
            if ((msg is None or msg.match(text)) and issubclass(category, cat)
                    and (mod is None or mod.match(module))
                    and (ln == 0 or lineno == ln)):
                break
        else:
            action = defaultaction
        if action == "ignore":
            return
        if action == "once":
            registry[key] = 1
            oncekey = (text, category)
            if onceregistry.get(oncekey):
                return
            onceregistry[oncekey] = 1
        elif action == "module":
            registry[key] = 1
            altkey = (text, category, 0)
            if registry.get(altkey):
                return
            registry[altkey] = 1
        elif action == "default":
            registry[key] = 1
        elif action not in ("always", "error"):
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
    if action == "error":
        raise message
    _show(WarningMessage(message, category, filename, lineno, source=source))


# ---- catch_warnings -----------------------------------------------------------

class catch_warnings(object):
    """Save the warnings filters and showwarning() on entry and restore them
    on exit; with record=True, warnings are appended to the list that
    __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        with _lock:
            self._filters = mod.filters
            mod.filters = self._filters[:]
            mod._filters_mutated()
        self._showwarning = mod.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod.showwarning = lambda *args, **kw: log.append(WarningMessage(*args, **kw))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        with _lock:
            mod.filters = self._filters
            mod._filters_mutated()
        mod.showwarning = self._showwarning
