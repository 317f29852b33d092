"""In-memory text and binary streams: StringIO and BytesIO.

The rest of CPython's io module (the buffered and raw file classes, the
abstract bases) is not here yet: naming one raises NotImplementedError.
Files come from the built-in open(), which io.open is.

Synchronization rule: each stream's state (_buf, _chunks, _size, _pos, _closed)
is changed only under its _lock, so one stream shared by threads keeps
every write whole, as CPython's do.
"""

import _thread
from builtins import open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

__all__ = ["StringIO", "BytesIO", "open", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class _MemIO:
    # _buf holds the data; writes at the end are collected in _chunks and
    # joined on the next other use, so a loop of writes is linear.

    def _init(self, empty, initial):
        self._lock = _thread.allocate_lock()
        self._empty = empty
        self._buf = initial
        self._chunks = []
        self._size = len(initial)  # of _buf and _chunks together
        self._pos = 0
        self._closed = False

    def _flat(self):
        if self._chunks:
            self._buf = self._empty.join([self._buf] + self._chunks)
            self._chunks = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def _write(self, s):
        n = len(s)
        with self._lock:
            self._check()
            if not n:
                return 0
            size = self._size
            if self._pos == size:
                self._chunks.append(s)
            else:
                buf = self._flat()
                if self._pos > size:
                    buf += self._pad(self._pos - size)
                self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._pos += n
            if self._pos > size:
                self._size = self._pos
            return n

    def getvalue(self):
        with self._lock:
            self._check()
            return self._flat()

    def read(self, size=-1):
        with self._lock:
            self._check()
            buf = self._flat()
            if size is None or size < 0:
                size = len(buf)
            start = min(self._pos, len(buf))
            r = buf[start:start + size]
            self._pos = start + len(r)
            return r

    def readline(self, size=-1):
        with self._lock:
            self._check()
            buf = self._flat()
            start = min(self._pos, len(buf))
            end = self._line_end(buf, start)
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._pos = end
            return buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        with self._lock:
            self._check()
            pos = pos.__index__()
            if whence == 0:
                if pos < 0:
                    raise ValueError("Negative seek position %d" % pos)
                self._pos = pos
            elif whence == 1:
                if pos != 0 and self._text:
                    raise OSError("Can't do nonzero cur-relative seeks")
                self._pos = max(0, self._pos + pos)
            elif whence == 2:
                if pos != 0 and self._text:
                    raise OSError("Can't do nonzero end-relative seeks")
                self._pos = max(0, len(self._flat()) + pos)
            else:
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            return self._pos

    def tell(self):
        with self._lock:
            self._check()
            return self._pos

    def truncate(self, size=None):
        with self._lock:
            self._check()
            if size is None:
                size = self._pos
            else:
                size = size.__index__()
                if size < 0:
                    raise ValueError("Negative size value %d" % size)
            buf = self._flat()
            if size < len(buf):
                self._buf = buf[:size]
                self._size = size
            return size

    def close(self):
        with self._lock:
            self._closed = True
            self._buf = self._empty
            self._chunks = []
            self._size = 0

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemIO):
    """Text I/O implementation using an in-memory buffer."""

    _text = True
    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._init("", "")
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _pad(self, n):
        return "\0" * n

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl in ("\r", "\r\n"):
            s = s.replace("\n", nl)
        self._write(s)
        return n

    def _line_end(self, buf, start):
        nl = self._newline
        if nl == "":
            i = start
            n = len(buf)
            while i < n:
                c = buf[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if buf.startswith("\n", i + 1) else i + 1
                i += 1
            return n
        term = "\n" if nl is None else nl
        i = buf.find(term, start)
        return len(buf) if i < 0 else i + len(term)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


class BytesIO(_MemIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _text = False
    _closed_msg = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        self._init(b"", b"")
        if initial_bytes:
            self.write(initial_bytes)
            self._pos = 0

    def _pad(self, n):
        return b"\0" * n

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def _line_end(self, buf, start):
        i = buf.find(b"\n", start)
        return len(buf) if i < 0 else i + 1

    read1 = _MemIO.read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def getbuffer(self):
        raise NotImplementedError("io.BytesIO.getbuffer (memoryview) is not implemented yet")

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"

_NOT_YET = ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "FileIO",
            "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
            "TextIOWrapper", "IncrementalNewlineDecoder", "open_code", "text_encoding",
            "BlockingIOError")


def __getattr__(name):
    if name in _NOT_YET:
        raise NotImplementedError("io.%s is not implemented yet" % name)
    raise AttributeError("module 'io' has no attribute %r" % name)

from _ft_hidden import c_name as _c_name
_c_name(StringIO, '_io.StringIO')
_c_name(BytesIO, '_io.BytesIO')
del _c_name
