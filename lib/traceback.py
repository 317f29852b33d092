"""Print or format exceptions the way the interpreter reports them.

format_exc, print_exc, format_exception, print_exception and
format_exception_only give the same text as an uncaught exception's
report (the interpreter's own printer does the work).  Stack and frame
inspection (extract_tb, format_stack, TracebackException) is not here
yet and raises NotImplementedError.
"""

import sys
import _traceback

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "print_last"]

_sentinel = object()


def _exc_of(exc, value):
    # the 3.10+ calling forms: (exc) or (type, value, tb)
    if value is not _sentinel:
        return value
    return exc


def _limit(limit):
    # CPython's rule: None means sys.tracebacklimit (a negative one is 0);
    # a positive limit keeps the first entries, a negative one the last
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _chunks(text):
    # one entry per frame ("  File ...\n" with its source line), as
    # CPython's lists group them; joined they give the report
    out = []
    for line in text.splitlines(True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exc_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chunks(_traceback.format(exc, chain, False, _limit(limit)))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exc_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format(exc, False, True).splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


_NOT_YET = ("extract_tb", "extract_stack", "format_tb", "format_stack", "format_list",
            "print_tb", "print_stack", "walk_tb", "walk_stack", "clear_frames",
            "TracebackException", "StackSummary", "FrameSummary")


def __getattr__(name):
    if name in _NOT_YET:
        raise NotImplementedError("traceback.%s is not implemented yet" % name)
    raise AttributeError("module 'traceback' has no attribute %r" % name)
