/*
 * file.c -- file objects: the text file (_io.TextIOWrapper) that open()
 * returns and that sys.stdin/stdout/stderr are, and the binary files
 * (_io.BufferedReader / BufferedWriter / BufferedRandom) of open(.., 'rb')
 * and of a text file's .buffer attribute.  Also open() itself.
 *
 * Representation: the OS-level state -- the fd, a write buffer, a read
 * buffer, mode flags -- lives in an FtFileBuf, a plain malloc'd struct
 * shared by the text file and its .buffer view (so text and binary writes
 * to sys.stdout come out in order).  An FtFile is a thin object over it:
 * name, mode, encoding, newline mode and whether it is binary.  The read
 * buffer always holds raw bytes exactly as read from the fd (newline
 * translation and decoding happen while taking bytes out), so tell() is
 * exact: fd position - unconsumed bytes.  Text is UTF-8 internally (FtStr),
 * so writing UTF-8 text is a memcpy; ascii and latin-1 are converted.
 *
 * Invariants: at most one of the buffers holds data: writing first drops
 * (and seeks back over) unread input, reading first flushes pending
 * output.  Once `closed` is set the fd is no longer used.
 *
 * Synchronization rule: every field of an FtFileBuf is guarded by its
 * `lock` (one lock for the text file and its binary view, which is why it
 * is not ob.mutex).  Each file operation (one write(), one readline(),
 * one read()) holds it from start to end, so concurrent print()s never
 * interleave inside one call and a line is handed to exactly one reader.
 * No Python code runs under the lock: encoding/decoding of str happens
 * outside it.  Blocking system calls (read/write on a pipe or terminal)
 * are made detached (ft_tstate_detach) and threads that have to wait for
 * the lock detach too, so a thread blocked in input() never stalls
 * stop-the-world.  `refs` (how many FtFile objects share the buffer) is
 * atomic.  FtFile fields are immutable after creation except the cached
 * `buffer` view, which is written under the FtFileBuf lock.  The registry
 * of writable buffers (flushed at exit) has its own lock, always taken
 * before a buffer lock, never after.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ft.h"
#include "strbuf.h"
#include "tstate.h"

/* ==== representation ================================================== */

#define WBUF_SIZE 8192
#define RCHUNK 16384

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
/* newline= modes: None (universal: translate \r and \r\n to \n), '' (split
 * on any, no translation), '\n', '\r', '\r\n'. */
enum { NL_UNIV, NL_ANY, NL_LF, NL_CR, NL_CRLF };

typedef struct FtFileBuf {
  FtMutex lock;          /* guards everything below but refs/links */
  _Atomic intptr_t refs; /* FtFile objects sharing this buffer */
  int fd;
  uint8_t readable, writable, append, created, closefd, closed;
  uint8_t line_buffered; /* text writes flush at \n / \r */
  uint8_t write_through; /* flush after every write (buffering=0) */
  uint8_t is_std;        /* sys.std*: also unbuffered under -u */
  int8_t seekable;       /* -1 = not yet known */
  char *wbuf;
  size_t wlen;
  char *rbuf;
  size_t rpos, rlen, rcap;
  struct FtFileBuf *prev, *next; /* registry links: registry_lock */
} FtFileBuf;

typedef struct FtFile {
  FtObject ob;
  FtFileBuf *b;
  FtValue name;     /* str, bytes or int */
  FtValue mode;     /* str */
  FtValue encoding; /* str (text) or 0 */
  FtValue errors;   /* str (text) or 0 */
  FtValue newline;  /* the newline= argument (text) or 0 for None */
  FtValue buffer;   /* text: cached binary view, written under b->lock */
  int binary;
  int enc;
  int nl;
} FtFile;

/* Writable buffers, flushed by ft_file_flush_std() at exit. */
static FtMutex registry_lock;
static FtFileBuf *registry;
static _Atomic int unbuffered_std; /* -u */

static FtFileBuf *buf_new(int fd) {
  FtFileBuf *b = ft_mem_calloc(1, sizeof *b);
  if (!b)
    return NULL;
  b->fd = fd;
  b->refs = 1;
  b->seekable = -1;
  return b;
}

static void registry_add(FtFileBuf *b) {
  ft_mutex_lock(&registry_lock);
  b->prev = NULL;
  b->next = registry;
  if (registry)
    registry->prev = b;
  registry = b;
  ft_mutex_unlock(&registry_lock);
}

static void registry_remove(FtFileBuf *b) {
  ft_mutex_lock(&registry_lock);
  if (b->prev)
    b->prev->next = b->next;
  else if (registry == b)
    registry = b->next;
  if (b->next)
    b->next->prev = b->prev;
  b->prev = b->next = NULL;
  ft_mutex_unlock(&registry_lock);
}

/* Take the buffer lock; a thread that has to wait detaches first since the
 * holder may be blocked in read(2) for a long time. */
static void buf_lock(FtFileBuf *b) {
  if (ft_mutex_trylock(&b->lock))
    return;
  ft_tstate_detach();
  ft_mutex_lock(&b->lock);
  ft_tstate_attach();
}

static void buf_unlock(FtFileBuf *b) { ft_mutex_unlock(&b->lock); }

/* A signal (Ctrl-C) is waiting for this thread: stop blocking. */
static int signal_pending(void) {
  FtThreadState *ts = ft_ts;
  return ts && (atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed) &
                FT_EB_SIGNAL);
}

/* read(2)/write(2), detached, retried on EINTR unless a signal must be
 * handled (then -1 with errno EINTR). */
static ssize_t sys_read(int fd, void *p, size_t n) {
  ssize_t r;
  ft_tstate_detach();
  do {
    r = read(fd, p, n);
  } while (r < 0 && errno == EINTR && !signal_pending());
  int e = errno;
  ft_tstate_attach();
  errno = e;
  return r;
}

static int sys_write_all(int fd, const char *p, size_t n, int *err) {
  int rc = 0;
  ft_tstate_detach();
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR && !signal_pending())
        continue;
      *err = errno;
      rc = -1;
      break;
    }
    p += w;
    n -= (size_t)w;
  }
  ft_tstate_attach();
  return rc;
}

/* ---- locked buffer operations (caller holds b->lock) ---- */

static int buf_flush_locked(FtFileBuf *b, int *err) {
  if (b->wlen == 0)
    return 0;
  size_t n = b->wlen;
  b->wlen = 0; /* on error the data is dropped, as after a failed flush */
  return sys_write_all(b->fd, b->wbuf, n, err);
}

static int buf_is_seekable(FtFileBuf *b) {
  if (b->seekable < 0)
    b->seekable = lseek(b->fd, 0, SEEK_CUR) >= 0;
  return b->seekable;
}

/* Forget unread input, moving the fd back to the logical position. */
static void buf_drop_read(FtFileBuf *b) {
  size_t unread = b->rlen - b->rpos;
  if (unread && buf_is_seekable(b))
    lseek(b->fd, -(off_t)unread, SEEK_CUR);
  b->rpos = b->rlen = 0;
}

static int buf_write_locked(FtFileBuf *b, const char *p, size_t n, int *err) {
  if (b->rlen)
    buf_drop_read(b);
  if (b->wlen + n > WBUF_SIZE && buf_flush_locked(b, err) < 0)
    return -1;
  if (n >= WBUF_SIZE)
    return sys_write_all(b->fd, p, n, err);
  if (!b->wbuf) {
    b->wbuf = malloc(WBUF_SIZE);
    if (!b->wbuf)
      return sys_write_all(b->fd, p, n, err);
  }
  memcpy(b->wbuf + b->wlen, p, n);
  b->wlen += n;
  return 0;
}

/* Read more bytes into the read buffer.  Returns bytes added, 0 at EOF,
 * -1 with *err. */
static ssize_t buf_fill(FtFileBuf *b, int *err) {
  if (b->wlen && buf_flush_locked(b, err) < 0)
    return -1;
  if (b->rpos > 0) {
    memmove(b->rbuf, b->rbuf + b->rpos, b->rlen - b->rpos);
    b->rlen -= b->rpos;
    b->rpos = 0;
  }
  if (b->rcap - b->rlen < RCHUNK) {
    size_t cap = b->rlen + RCHUNK;
    char *nb = realloc(b->rbuf, cap);
    if (!nb) {
      *err = ENOMEM;
      return -1;
    }
    b->rbuf = nb;
    b->rcap = cap;
  }
  ssize_t r = sys_read(b->fd, b->rbuf + b->rlen, b->rcap - b->rlen);
  if (r < 0) {
    *err = errno;
    return -1;
  }
  b->rlen += (size_t)r;
  return r;
}

/* Close the fd (after a flush).  Returns -1 with *err on a flush error. */
static int buf_close_locked(FtFileBuf *b, int *err) {
  if (b->closed)
    return 0;
  int rc = buf_flush_locked(b, err);
  b->closed = 1;
  if (b->closefd && close(b->fd) < 0 && rc == 0) {
    *err = errno;
    rc = -1;
  }
  return rc;
}

static void buf_release(FtFileBuf *b) {
  if (atomic_fetch_sub(&b->refs, 1) != 1)
    return;
  if (b->writable)
    registry_remove(b);
  int err;
  buf_close_locked(b, &err); /* errors at collection are ignored */
  free(b->wbuf);
  free(b->rbuf);
  ft_mem_free(b);
}

/* ==== errors ========================================================== */

static FtOnce unsupported_once = FT_ONCE_INIT;
static FtValue unsupported_type;

static int make_unsupported(void *arg) {
  (void)arg;
  FtValue name = ft_str_from_cstr("UnsupportedOperation");
  FtValue bases = ft_tuple_pack(2, ft_val(&FtExc_OSError),
                                ft_val(&FtExc_ValueError));
  FtValue ns = ft_dict_new();
  FtValue mod = ft_str_from_cstr("io");
  FtValue t = 0;
  if (name && bases && ns && mod &&
      ft_dict_set_cstr(ns, "__module__", mod) == 0) {
    FtValue args[3] = {name, bases, ns};
    t = ft_call(ft_val(&FtType_Type), args, 3, 0);
    if (!t && ft_err_matches(&FtExc_TypeError)) {
      /* type.c may refuse two static bases ("lay-out conflict"); then
       * settle for OSError alone rather than having no type at all. */
      ft_err_clear();
      FtValue one = ft_tuple_pack(1, ft_val(&FtExc_OSError));
      if (one) {
        args[1] = one;
        t = ft_call(ft_val(&FtType_Type), args, 3, 0);
        ft_decref(one);
      }
    }
  }
  ft_xdecref(name);
  ft_xdecref(bases);
  ft_xdecref(ns);
  ft_xdecref(mod);
  if (!t)
    return -1;
  ft_object_make_immortal(ft_obj(t));
  unsupported_type = t;
  return 0;
}

FtValue ft_file_unsupported_operation(void) {
  if (ft_once_call(&unsupported_once, make_unsupported, NULL) != 0)
    return 0;
  return unsupported_type;
}

static FtValue unsupported(const char *what) {
  FtValue t = ft_file_unsupported_operation();
  if (!t)
    return 0;
  return ft_err_format((FtType *)ft_obj(t), "%s", what);
}

static FtType *errno_type(int e) {
  switch (e) {
  case ENOENT:
    return &FtExc_FileNotFoundError;
  case EEXIST:
    return &FtExc_FileExistsError;
  case EACCES:
  case EPERM:
    return &FtExc_PermissionError;
  case EISDIR:
    return &FtExc_IsADirectoryError;
  case ENOTDIR:
    return &FtExc_NotADirectoryError;
  case ETIMEDOUT:
    return &FtExc_TimeoutError;
  case EINTR:
    return &FtExc_InterruptedError;
  default:
    return &FtExc_OSError;
  }
}

FtValue ft_file_err_errno(int errnum, FtValue filename) {
  char tmp[256];
  const char *msg = strerror_r(errnum, tmp, sizeof tmp);
  FtValue s = ft_str_from_cstr(msg);
  if (!s)
    return 0;
  /* OSError.__init__ keeps (errno, strerror) as args and sets .filename */
  FtValue args = filename ? ft_tuple_pack(3, ft_small(errnum), s, filename)
                          : ft_tuple_pack(2, ft_small(errnum), s);
  ft_decref(s);
  if (!args)
    return 0;
  FtValue exc = ft_exc_new(errno_type(errnum), args);
  ft_decref(args);
  if (exc)
    ft_err_raise(exc);
  return 0;
}

/* Raise for an errno reported by a locked operation (lock released). */
static FtValue io_error(int err) {
  if (err == EINTR && ft_ts && ft_tstate_handle_breaker(ft_ts) < 0)
    return 0; /* KeyboardInterrupt or an async exception */
  if (err == ENOMEM)
    return ft_err_nomemory();
  return ft_file_err_errno(err, 0);
}

/* The closed-file ValueError; binary files word it per operation. */
static FtValue closed_error(FtFile *f, const char *op) {
  if (f->binary && op && *op)
    return ft_err_format(&FtExc_ValueError, "%s closed file", op);
  if (f->binary || (op && !*op))
    return ft_err_format(&FtExc_ValueError, "I/O operation on closed file");
  return ft_err_format(&FtExc_ValueError, "I/O operation on closed file.");
}

static FtFile *as_file(FtValue v) { return (FtFile *)ft_obj(v); }

/* ==== encoding and decoding =========================================== */

/* Length of the UTF-8 sequence a lead byte starts (1 for stray bytes). */
static size_t u8len(unsigned char c) {
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  if (c < 0xF8)
    return 4;
  return 1;
}

static const char *enc_name(int enc) {
  return enc == ENC_ASCII ? "ascii" : enc == ENC_LATIN1 ? "latin-1" : "utf-8";
}

static const char *errors_cstr(FtFile *f) {
  return f->errors ? ft_str_data(f->errors) : "strict";
}

static FtValue decode(FtFile *f, const char *p, size_t n) {
  if (f->enc == ENC_UTF8)
    return ft_str_decode_utf8(p, n, errors_cstr(f));
  return ft_str_decode(p, n, enc_name(f->enc), errors_cstr(f));
}

/* The bytes to write for str s: s's own data when it is ASCII (or UTF-8
 * output without newline translation is wanted and s has no surrogates),
 * else an encoded copy kept alive in *hold.  Applies newline translation
 * on write (newline='\r' or '\r\n') into sb. */
static int encode(FtFile *f, FtValue s, FtStrBuf *sb, FtValue *hold,
                  const char **out, size_t *outlen) {
  const char *p = ft_str_data(s);
  size_t n = ft_str_size(s);
  *hold = 0;
  int ascii = (ft_obj(s)->flags & FT_STR_ASCII) != 0 || ft_str_len(s) == n;
  if (!ascii) {
    *hold = ft_str_encode(s, enc_name(f->enc), errors_cstr(f));
    if (!*hold)
      return -1;
    p = ft_bytes_data(*hold);
    n = ft_bytes_size(*hold);
  }
  const char *wnl = f->nl == NL_CR ? "\r" : f->nl == NL_CRLF ? "\r\n" : NULL;
  if (!wnl || !memchr(p, '\n', n)) {
    *out = p;
    *outlen = n;
    return 0;
  }
  for (size_t i = 0; i < n; i++) {
    int rc = p[i] == '\n' ? ft_strbuf_append_cstr(sb, wnl)
                          : ft_strbuf_append_char(sb, p[i]);
    if (rc < 0) {
      ft_err_nomemory();
      return -1;
    }
  }
  *out = sb->data;
  *outlen = sb->len;
  return 0;
}

/* ==== reading ========================================================= */

/* Move up to `limit` characters (text) or bytes (binary) -- all when
 * limit < 0 -- from the file into out, stopping after a line end when
 * `line`.  Applies universal-newline translation.  Holds b->lock (taken by
 * the caller).  Returns 0, or -1 with *err. */
static int take(FtFile *f, intptr_t limit, int line, FtStrBuf *out, int *err) {
  FtFileBuf *b = f->b;
  int utf8 = !f->binary && f->enc == ENC_UTF8;
  int nl = f->binary ? NL_LF : f->nl;
  int peek_cr = nl == NL_UNIV || nl == NL_ANY;
  intptr_t count = 0;
  int prev_cr = 0, eof = 0;
  for (;;) {
    char *p = b->rbuf;
    size_t i = b->rpos, end = b->rlen;
    int done = 0;
    if (line && limit < 0 && (nl == NL_LF || nl == NL_UNIV) && i < end) {
      /* The common case: scan for the newline with memchr. */
      char *q = memchr(p + i, '\n', end - i);
      size_t stop = q ? (size_t)(q - p) + 1 : end;
      if (nl == NL_LF || !memchr(p + i, '\r', stop - i)) {
        if (ft_strbuf_append(out, p + i, stop - i) < 0) {
          *err = ENOMEM;
          return -1;
        }
        b->rpos = i = stop;
        if (q)
          return 0;
      }
    }
    while (i < end) {
      if (limit >= 0 && count >= limit) {
        done = 1;
        break;
      }
      unsigned char c = (unsigned char)p[i];
      if (c == '\r' && peek_cr) {
        if (i + 1 >= end && !eof)
          break; /* need the next byte to see whether it is \n */
        int crlf = i + 1 < end && p[i + 1] == '\n';
        if (nl == NL_UNIV) {
          if (ft_strbuf_append(out, p + b->rpos, i - b->rpos) < 0 ||
              ft_strbuf_append_char(out, '\n') < 0) {
            *err = ENOMEM;
            return -1;
          }
          i += crlf ? 2 : 1;
          b->rpos = i;
        } else {
          i += crlf ? 2 : 1;
        }
        count++;
        if (line) {
          done = 1;
          break;
        }
        continue;
      }
      size_t w = utf8 ? u8len(c) : 1;
      if (!f->binary || line) {
        if (end - i < w) {
          if (!eof)
            break; /* incomplete character: read more first */
          w = end - i;
        }
      } else if (limit >= 0) {
        /* binary read(n): bulk */
        w = end - i;
        if ((intptr_t)w > limit - count)
          w = (size_t)(limit - count);
        i += w;
        count += (intptr_t)w;
        continue;
      } else {
        w = end - i;
        i += w;
        continue;
      }
      i += w;
      count++;
      if (line) {
        int stop = nl == NL_CR     ? c == '\r'
                   : nl == NL_CRLF ? (c == '\n' && prev_cr)
                                   : c == '\n';
        prev_cr = c == '\r';
        if (stop) {
          done = 1;
          break;
        }
      }
    }
    if (limit >= 0 && count >= limit)
      done = 1;
    if (i > b->rpos && ft_strbuf_append(out, p + b->rpos, i - b->rpos) < 0) {
      *err = ENOMEM;
      return -1;
    }
    b->rpos = i;
    if (done || (eof && b->rpos == b->rlen))
      return 0;
    ssize_t r = buf_fill(b, err);
    if (r < 0)
      return -1;
    if (r == 0)
      eof = 1;
  }
}

/* In-place universal newline translation of a complete text. */
static size_t translate_newlines(char *p, size_t n) {
  char *q = memchr(p, '\r', n);
  if (!q)
    return n;
  size_t o = (size_t)(q - p);
  for (size_t i = o; i < n; i++) {
    if (p[i] == '\r') {
      p[o++] = '\n';
      if (i + 1 < n && p[i + 1] == '\n')
        i++;
    } else {
      p[o++] = p[i];
    }
  }
  return o;
}

/* Everything up to EOF into out (lock held). */
static int read_all_locked(FtFile *f, FtStrBuf *out, int *err) {
  FtFileBuf *b = f->b;
  if (b->wlen && buf_flush_locked(b, err) < 0)
    return -1;
  if (b->rlen > b->rpos &&
      ft_strbuf_append(out, b->rbuf + b->rpos, b->rlen - b->rpos) < 0) {
    *err = ENOMEM;
    return -1;
  }
  b->rpos = b->rlen = 0;
  size_t want = 65536;
  struct stat st;
  if (fstat(b->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = lseek(b->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size > pos)
      want = (size_t)(st.st_size - pos) + 1;
  }
  for (;;) {
    if (ft_strbuf_reserve(out, want) < 0) {
      *err = ENOMEM;
      return -1;
    }
    ssize_t r = sys_read(b->fd, out->data + out->len, out->cap - out->len - 1);
    if (r < 0) {
      *err = errno;
      return -1;
    }
    if (r == 0)
      break;
    out->len += (size_t)r;
    out->data[out->len] = '\0';
    want = 65536;
  }
  return 0;
}

/* Check that f can be read; returns -1 with the error set. */
static int check_readable(FtFile *f, const char *op) {
  if (f->b->closed) {
    closed_error(f, op);
    return -1;
  }
  if (!f->b->readable) {
    unsupported(f->binary ? "read" : "not readable");
    return -1;
  }
  return 0;
}

static int check_writable(FtFile *f) {
  if (f->b->closed) {
    closed_error(f, f->binary ? "write to" : NULL);
    return -1;
  }
  if (!f->b->writable) {
    unsupported(f->binary ? "write" : "not writable");
    return -1;
  }
  return 0;
}

/* Turn collected bytes into the result object (str or bytes). */
static FtValue finish(FtFile *f, FtStrBuf *sb) {
  FtValue r;
  if (f->binary)
    r = ft_bytes_new(sb->data, sb->len);
  else
    r = decode(f, sb->data, sb->len);
  ft_strbuf_free(sb);
  return r;
}

/* read(n) / readline(n) / read(): the shared driver. */
static FtValue do_read(FtFile *f, intptr_t limit, int line) {
  FtFileBuf *b = f->b;
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  int err = 0, rc;
  buf_lock(b);
  if (check_readable(f, line ? "readline of" : "read of") < 0) {
    buf_unlock(b);
    return 0;
  }
  if (limit < 0 && !line) {
    rc = read_all_locked(f, &sb, &err);
    if (rc == 0 && !f->binary && f->nl == NL_UNIV)
      sb.len = translate_newlines(sb.data, sb.len), sb.data[sb.len] = '\0';
  } else {
    rc = take(f, limit, line, &sb, &err);
  }
  buf_unlock(b);
  if (rc < 0) {
    ft_strbuf_free(&sb);
    return io_error(err);
  }
  return finish(f, &sb);
}

/* size argument: None or int, negative = all. */
static int size_arg(FtValue v, intptr_t *out) {
  *out = -1;
  if (!v || v == FT_NONE)
    return 0;
  if (!ft_int_check(v)) {
    ft_err_format(&FtExc_TypeError,
                  "argument should be integer or None, not '%T'", v);
    return -1;
  }
  intptr_t n = ft_int_as_ssize(v);
  if (n == -1 && ft_err_occurred())
    return -1;
  *out = n < 0 ? -1 : n;
  return 0;
}

/* ==== writing ========================================================= */

/* Write str s to a text file / bytes data to a binary one (no Python code
 * runs while the lock is held). */
static int write_bytes(FtFile *f, const char *p, size_t n, int text_nl) {
  FtFileBuf *b = f->b;
  int err = 0;
  buf_lock(b);
  if (check_writable(f) < 0) {
    buf_unlock(b);
    return -1;
  }
  int rc = buf_write_locked(b, p, n, &err);
  if (rc == 0 &&
      (b->write_through || (b->is_std && atomic_load(&unbuffered_std)) ||
       (text_nl && b->line_buffered &&
        (memchr(p, '\n', n) || memchr(p, '\r', n)))))
    rc = buf_flush_locked(b, &err);
  buf_unlock(b);
  if (rc < 0) {
    io_error(err);
    return -1;
  }
  return 0;
}

static int text_write(FtFile *f, FtValue s) {
  if (!ft_str_check(s)) {
    /* argument clinic's wording: None is "None", not "NoneType" */
    ft_err_format(&FtExc_TypeError, "write() argument must be str, not %s",
                  s == FT_NONE ? "None" : ft_type_name(s));
    return -1;
  }
  FtStrBuf sb;
  ft_strbuf_init(&sb);
  const char *p;
  size_t n;
  FtValue hold;
  if (encode(f, s, &sb, &hold, &p, &n) < 0) {
    ft_strbuf_free(&sb);
    return -1;
  }
  int rc = write_bytes(f, p, n, 1);
  ft_strbuf_free(&sb);
  ft_xdecref(hold);
  return rc;
}

/* bytes-like data for binary writes (bytes, or a snapshot of a
 * bytearray); *hold gets a reference to release. */
static int bytes_like(FtValue v, FtValue *hold) {
  *hold = ft_bytes_coerce(v);
  if (*hold)
    return 0;
  if (!ft_err_occurred())
    ft_err_format(&FtExc_TypeError,
                  "a bytes-like object is required, not '%T'", v);
  return -1;
}

static int file_write_value(FtFile *f, FtValue v, size_t *count) {
  if (!f->binary) {
    *count = ft_str_check(v) ? ft_str_len(v) : 0;
    return text_write(f, v);
  }
  FtValue data;
  if (bytes_like(v, &data) < 0)
    return -1;
  *count = ft_bytes_size(data);
  int rc = write_bytes(f, ft_bytes_data(data), ft_bytes_size(data), 0);
  ft_decref(data);
  return rc;
}

int ft_file_check(FtValue v) {
  FtType *t = ft_type(v);
  return t == &FtFile_Type || t == &FtBufferedReader_Type ||
         t == &FtBufferedWriter_Type || t == &FtBufferedRandom_Type ||
         ft_type_is_subtype(t, &FtFile_Type) ||
         ft_type_is_subtype(t, &FtBufferedReader_Type) ||
         ft_type_is_subtype(t, &FtBufferedWriter_Type) ||
         ft_type_is_subtype(t, &FtBufferedRandom_Type);
}

int ft_file_write_str(FtValue file, FtValue s) {
  FtType *t = ft_type(file);
  if (t == &FtFile_Type) { /* subclasses may override write() */
    size_t n;
    return file_write_value(as_file(file), s, &n);
  }
  FtValue r = ft_call_method(file, "write", &s, 1);
  if (!r)
    return -1;
  ft_decref(r);
  return 0;
}

/* ==== construction ==================================================== */

static FtType *binary_type(FtFileBuf *b) {
  if (b->readable && b->writable)
    return &FtBufferedRandom_Type;
  return b->writable ? &FtBufferedWriter_Type : &FtBufferedReader_Type;
}

static const char *binary_mode(FtFileBuf *b) {
  if (b->created)
    return b->readable ? "xb+" : "xb";
  if (b->append)
    return b->readable ? "ab+" : "ab";
  if (b->readable && b->writable)
    return "rb+";
  return b->writable ? "wb" : "rb";
}

/* A file object over b (takes over one reference to b). */
static FtValue file_make(FtType *type, FtFileBuf *b, FtValue name,
                         FtValue mode, int binary) {
  FtFile *f = (FtFile *)ft_object_alloc(type, type->basicsize);
  if (!f) {
    buf_release(b);
    return 0;
  }
  f->b = b;
  f->name = ft_newref(name);
  f->mode = ft_newref(mode);
  f->binary = binary;
  f->enc = ENC_UTF8;
  f->nl = NL_UNIV;
  return ft_val(f);
}

FtValue ft_file_from_fd(int fd, const char *name, const char *mode,
                        int line_buffered) {
  FtFileBuf *b = buf_new(fd);
  if (!b)
    return 0;
  b->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
  b->writable = strpbrk(mode, "wax+") != NULL;
  b->append = strchr(mode, 'a') != NULL;
  b->line_buffered = (uint8_t)line_buffered;
  b->is_std = fd <= 2;
  b->closefd = 0;
  int binary = strchr(mode, 'b') != NULL;
  FtValue n = ft_str_from_cstr(name);
  FtValue m = ft_str_from_cstr(mode);
  if (!n || !m) {
    ft_xdecref(n);
    ft_xdecref(m);
    buf_release(b);
    return 0;
  }
  FtValue f = file_make(binary ? binary_type(b) : &FtFile_Type, b, n, m,
                        binary);
  ft_decref(n);
  ft_decref(m);
  if (!f)
    return 0;
  if (!binary) {
    as_file(f)->encoding = ft_str_intern_cstr("utf-8");
    as_file(f)->errors = ft_str_intern_cstr("strict");
    if (b->is_std) {
      /* CPython opens the std streams with newline='\n' on POSIX: no
       * translation of \r\n on input */
      as_file(f)->nl = NL_LF;
      as_file(f)->newline = ft_str_intern_cstr("\n");
    }
  }
  if (b->writable)
    registry_add(b);
  return f;
}

void ft_file_flush_std(void) {
  ft_mutex_lock(&registry_lock);
  for (FtFileBuf *b = registry; b; b = b->next) {
    int err;
    /* A holder blocked for good (a read on a pipe nobody writes) must not
     * hang the exit: give up on that one buffer after a while. */
    if (ft_mutex_lock_timed(&b->lock, 200000000, 0) != FT_LOCK_ACQUIRED)
      continue;
    if (!b->closed)
      buf_flush_locked(b, &err);
    ft_mutex_unlock(&b->lock);
  }
  ft_mutex_unlock(&registry_lock);
}

void ft_file_set_unbuffered(int on) { atomic_store(&unbuffered_std, on); }

/* ---- open() ---- */

static int parse_encoding(const char *e, int *enc) {
  char norm[32];
  size_t n = 0;
  for (; *e && n + 1 < sizeof norm; e++) {
    char c = *e;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c == '-' || c == ' ')
      c = '_';
    norm[n++] = c;
  }
  norm[n] = '\0';
  if (*e)
    return -1;
  static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001",
                                     "locale", NULL};
  static const char *const ascii[] = {"ascii", "us_ascii", "646", NULL};
  static const char *const latin1[] = {"latin_1", "latin1", "iso_8859_1",
                                       "iso8859_1", "l1", "8859", "cp819",
                                       "iso_ir_100", NULL};
  for (int i = 0; utf8[i]; i++)
    if (!strcmp(norm, utf8[i]))
      return *enc = ENC_UTF8, 0;
  for (int i = 0; ascii[i]; i++)
    if (!strcmp(norm, ascii[i]))
      return *enc = ENC_ASCII, 0;
  for (int i = 0; latin1[i]; i++)
    if (!strcmp(norm, latin1[i]))
      return *enc = ENC_LATIN1, 0;
  return -1;
}

static int is_none_v(FtValue v) { return !v || v == FT_NONE; }

static int opt_str_arg(FtValue v, const char *argname) {
  if (v && v != FT_NONE && !ft_str_check(v)) {
    ft_err_format(&FtExc_TypeError,
                  "open() argument '%s' must be str or None, not %T", argname,
                  v);
    return -1;
  }
  return 0;
}

FtValue ft_file_open(FtValue self, const FtValue *args, size_t nargs,
                     FtValue kwnames) {
  (void)self;
  static const char *const names[] = {"file",   "mode",    "buffering",
                                      "encoding", "errors", "newline",
                                      "closefd", "opener",  NULL};
  FtValue a[8] = {0};
  if (ft_args_parse("open", args, nargs, kwnames, names, 0, 1, a) < 0)
    return 0;
  FtValue file = a[0], modev = a[1], encv = a[3], errv = a[4], nlv = a[5];
  FtValue opener = a[7] == FT_NONE ? 0 : a[7];
  if (modev && !ft_str_check(modev))
    return ft_err_format(&FtExc_TypeError,
                         "open() argument 'mode' must be str, not %s",
                         modev == FT_NONE ? "None" : ft_type_name(modev));
  intptr_t buffering = -1;
  if (a[2]) {
    if (!ft_int_check(a[2]))
      return ft_err_format(&FtExc_TypeError,
                           "'%T' object cannot be interpreted as an integer",
                           a[2]);
    buffering = ft_int_as_ssize(a[2]);
    if (buffering == -1 && ft_err_occurred())
      return 0;
  }
  if (opt_str_arg(encv, "encoding") < 0 || opt_str_arg(errv, "errors") < 0 ||
      opt_str_arg(nlv, "newline") < 0)
    return 0;
  int closefd = 1;
  if (a[6]) {
    closefd = ft_truthy(a[6]);
    if (closefd < 0)
      return 0;
  }
  /* mode */
  const char *mode = modev ? ft_str_data(modev) : "r";
  int r = 0, w = 0, x = 0, ap = 0, plus = 0, bin = 0, txt = 0;
  for (const char *m = mode; *m; m++) {
    int *flag;
    switch (*m) {
    case 'r': flag = &r; break;
    case 'w': flag = &w; break;
    case 'x': flag = &x; break;
    case 'a': flag = &ap; break;
    case '+': flag = &plus; break;
    case 'b': flag = &bin; break;
    case 't': flag = &txt; break;
    default: flag = NULL;
    }
    if (!flag || *flag || strchr(m + 1, *m))
      return ft_err_format(&FtExc_ValueError, "invalid mode: '%s'", mode);
    *flag = 1;
  }
  if (bin && txt)
    return ft_err_format(&FtExc_ValueError,
                         "can't have text and binary mode at once");
  if (r + w + x + ap > 1)
    return ft_err_format(&FtExc_ValueError,
                         "must have exactly one of create/read/write/append "
                         "mode");
  if (r + w + x + ap == 0)
    return ft_err_format(&FtExc_ValueError,
                         "Must have exactly one of create/read/write/append "
                         "mode and at most one plus");
  int enc = ENC_UTF8, nl = NL_UNIV;
  if (bin) {
    if (encv && encv != FT_NONE)
      return ft_err_format(&FtExc_ValueError,
                           "binary mode doesn't take an encoding argument");
    if (errv && errv != FT_NONE)
      return ft_err_format(&FtExc_ValueError,
                           "binary mode doesn't take an errors argument");
    if (nlv && nlv != FT_NONE)
      return ft_err_format(&FtExc_ValueError,
                           "binary mode doesn't take a newline argument");
  } else {
    if (buffering == 0)
      return ft_err_format(&FtExc_ValueError,
                           "can't have unbuffered text I/O");
    if (nlv && nlv != FT_NONE) {
      const char *s = ft_str_data(nlv);
      if (ft_str_size(nlv) == 0)
        nl = NL_ANY;
      else if (!strcmp(s, "\n"))
        nl = NL_LF;
      else if (!strcmp(s, "\r"))
        nl = NL_CR;
      else if (!strcmp(s, "\r\n"))
        nl = NL_CRLF;
      else
        return ft_err_format(&FtExc_ValueError, "illegal newline value: %U",
                             nlv);
    }
    if (encv && encv != FT_NONE &&
        parse_encoding(ft_str_data(encv), &enc) < 0)
      return ft_err_format(&FtExc_LookupError, "unknown encoding: %U", encv);
  }
  /* file: path or fd */
  FtValue name = 0, path = 0;
  int fd = -1;
  if (ft_int_check(file)) {
    intptr_t v = ft_int_as_ssize(file);
    if (v == -1 && ft_err_occurred())
      return 0;
    if (v < 0)
      return ft_err_format(&FtExc_ValueError, "negative file descriptor");
    if (v > INT32_MAX)
      return ft_err_format(&FtExc_OverflowError,
                           "Python int too large to convert to C int");
    fd = (int)v;
    name = ft_newref(file);
  } else {
    if (ft_str_check(file) || FT_TYPE_HAS(file, FT_TPFLAG_BYTES_SUBCLASS)) {
      path = ft_newref(file);
    } else {
      FtValue fspath = ft_str_intern_cstr("__fspath__");
      FtValue meth = fspath ? ft_type_lookup(ft_type(file), fspath) : 0;
      if (meth) {
        FtType *mt = ft_type(meth);
        FtValue bound = mt->descr_get
                            ? mt->descr_get(meth, file, ft_val(ft_type(file)))
                            : ft_newref(meth);
        path = bound ? ft_call0(bound) : 0;
        ft_xdecref(bound);
        if (!path)
          return 0;
        if (!ft_str_check(path) &&
            !FT_TYPE_HAS(path, FT_TPFLAG_BYTES_SUBCLASS)) {
          ft_err_format(&FtExc_TypeError,
                        "expected %T.__fspath__() to return str or bytes, "
                        "not %T",
                        file, path);
          ft_decref(path);
          return 0;
        }
      } else {
        return ft_err_format(&FtExc_TypeError,
                             "expected str, bytes or os.PathLike object, not "
                             "%T",
                             file);
      }
    }
    name = ft_newref(path);
    if (!closefd) {
      ft_decref(path);
      ft_decref(name);
      return ft_err_format(&FtExc_ValueError,
                           "Cannot use closefd=False with file name");
    }
  }
  int flags = O_CLOEXEC;
  if (plus)
    flags |= O_RDWR;
  else if (r)
    flags |= O_RDONLY;
  else
    flags |= O_WRONLY;
  if (w)
    flags |= O_CREAT | O_TRUNC;
  if (x)
    flags |= O_CREAT | O_EXCL;
  if (ap)
    flags |= O_CREAT | O_APPEND;
  FtValue result = 0;
  if (path) {
    const char *cpath = ft_str_check(path) ? ft_str_data(path)
                                           : ft_bytes_data(path);
    size_t plen = ft_str_check(path) ? ft_str_size(path)
                                     : ft_bytes_size(path);
    if (strlen(cpath) != plen) {
      ft_err_format(&FtExc_ValueError, "embedded null byte");
      goto out;
    }
    if (opener) {
      FtValue fl = ft_int_from_i64(flags);
      FtValue rv = fl ? ft_call2(opener, path, fl) : 0;
      ft_xdecref(fl);
      if (!rv)
        goto out;
      intptr_t v = ft_int_check(rv) ? ft_int_as_ssize(rv) : -2;
      if (v == -2 && !ft_err_occurred())
        ft_err_format(&FtExc_TypeError, "expected integer from opener");
      ft_decref(rv);
      if (v < 0) {
        if (!ft_err_occurred())
          ft_err_format(&FtExc_ValueError, "opener returned %zd", (ssize_t)v);
        goto out;
      }
      fd = (int)v;
    } else {
      ft_tstate_detach();
      do {
        fd = open(cpath, flags, 0666);
      } while (fd < 0 && errno == EINTR);
      int e = errno;
      ft_tstate_attach();
      if (fd < 0) {
        ft_file_err_errno(e, path);
        goto out;
      }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      close(fd);
      ft_file_err_errno(EISDIR, path);
      goto out;
    }
  } else {
    struct stat st;
    if (fstat(fd, &st) < 0) {
      ft_file_err_errno(errno, 0);
      goto out;
    }
  }
  if (ap)
    lseek(fd, 0, SEEK_END);
  FtFileBuf *b = buf_new(fd);
  if (!b) {
    if (closefd)
      close(fd);
    goto out;
  }
  b->readable = (uint8_t)(r || plus);
  b->writable = (uint8_t)(w || x || ap || plus);
  b->append = (uint8_t)ap;
  b->created = (uint8_t)x;
  b->closefd = (uint8_t)closefd;
  b->write_through = bin && buffering == 0;
  b->line_buffered = !bin && (buffering == 1 || (buffering < 0 && isatty(fd)));
  int writable = b->writable;
  if (bin) {
    FtValue m = ft_str_from_cstr(binary_mode(b));
    if (!m) {
      buf_release(b);
      goto out;
    }
    result = file_make(binary_type(b), b, name, m, 1);
    ft_decref(m);
  } else {
    FtValue m = modev ? ft_newref(modev) : ft_str_from_cstr("r");
    if (!m) {
      buf_release(b);
      goto out;
    }
    result = file_make(&FtFile_Type, b, name, m, 0);
    ft_decref(m);
    if (result) {
      FtFile *f = as_file(result);
      f->enc = enc;
      f->nl = nl;
      /* interned (immortal): reconfigure() may swap them under readers */
      f->encoding = encv && encv != FT_NONE ? ft_str_intern(ft_newref(encv))
                                            : ft_str_intern_cstr("UTF-8");
      f->errors = errv && errv != FT_NONE ? ft_str_intern(ft_newref(errv))
                                          : ft_str_intern_cstr("strict");
      f->newline = nlv && nlv != FT_NONE ? ft_newref(nlv) : 0;
    }
  }
  if (result && writable)
    registry_add(b);
out:
  ft_xdecref(path);
  ft_xdecref(name);
  return result;
}

/* ==== protocol slots ================================================== */

/* File objects come only from open() and .buffer: a directly constructed
 * one would have no buffer. */
static FtValue file_new(FtType *type, const FtValue *args, size_t nargs,
                        FtValue kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return ft_err_format(&FtExc_TypeError, "cannot create '%s' instances",
                       type->name);
}

static void file_dealloc(FtObject *o) {
  FtFile *f = (FtFile *)o;
  FT_CLEAR(f->buffer);
  FT_CLEAR(f->name);
  FT_CLEAR(f->mode);
  FT_CLEAR(f->encoding);
  FT_CLEAR(f->errors);
  FT_CLEAR(f->newline);
  if (f->b)
    buf_release(f->b);
  ft_object_free(o);
}

static FtValue file_repr(FtValue self) {
  FtFile *f = as_file(self);
  /* type name as CPython prints it: "_io.TextIOWrapper" */
  const char *tn = ft_type(self)->name;
  if (f->binary)
    return ft_str_from_format("<%s name=%R>", tn, f->name);
  return ft_str_from_format("<%s name=%R mode=%R encoding=%R>", tn, f->name,
                            f->mode, f->encoding);
}

static FtValue file_iter(FtValue self) {
  FtFile *f = as_file(self);
  if (f->b->closed)
    return closed_error(f, NULL);
  return ft_newref(self);
}

static FtValue file_iternext(FtValue self) {
  FtFile *f = as_file(self);
  FtValue line = do_read(f, -1, 1);
  if (!line)
    return 0;
  size_t n = f->binary ? ft_bytes_size(line) : ft_str_size(line);
  if (n == 0) {
    ft_decref(line);
    return 0;
  }
  return line;
}

/* ==== methods ========================================================= */

#define METHOD(name)                                                         \
  static FtValue name(FtValue self, const FtValue *args, size_t nargs,       \
                      FtValue kwnames)

/* Parse zero or one optional positional argument. */
static int opt_arg(const char *fname, const FtValue *args, size_t nargs,
                   FtValue kwnames, FtValue *out) {
  *out = 0;
  if (ft_args_no_kw(fname, kwnames) < 0 ||
      ft_args_count(fname, nargs, 0, 1) < 0)
    return -1;
  if (nargs)
    *out = args[0];
  return 0;
}

METHOD(file_read) {
  FtValue v;
  intptr_t n;
  if (opt_arg("read", args, nargs, kwnames, &v) < 0 || size_arg(v, &n) < 0)
    return 0;
  return do_read(as_file(self), n, 0);
}

METHOD(file_readline) {
  FtValue v;
  intptr_t n;
  if (opt_arg("readline", args, nargs, kwnames, &v) < 0 || size_arg(v, &n) < 0)
    return 0;
  return do_read(as_file(self), n, 1);
}

METHOD(file_readlines) {
  FtValue v;
  intptr_t hint;
  if (opt_arg("readlines", args, nargs, kwnames, &v) < 0 ||
      size_arg(v, &hint) < 0)
    return 0;
  FtFile *f = as_file(self);
  if (f->b->closed)
    return closed_error(f, NULL);
  FtValue list = ft_list_new(0);
  if (!list)
    return 0;
  size_t total = 0;
  for (;;) {
    FtValue line = do_read(f, -1, 1);
    if (!line) {
      ft_decref(list);
      return 0;
    }
    size_t n = f->binary ? ft_bytes_size(line) : ft_str_len(line);
    if (n == 0) {
      ft_decref(line);
      break;
    }
    int rc = ft_list_append(list, line);
    ft_decref(line);
    if (rc < 0) {
      ft_decref(list);
      return 0;
    }
    total += n;
    if (hint > 0 && total >= (size_t)hint)
      break;
  }
  return list;
}

METHOD(file_write) {
  if (ft_args_no_kw("write", kwnames) < 0 ||
      ft_args_count("write", nargs, 1, 1) < 0)
    return 0;
  size_t n;
  if (file_write_value(as_file(self), args[0], &n) < 0)
    return 0;
  return ft_int_from_u64(n);
}

METHOD(file_writelines) {
  if (ft_args_no_kw("writelines", kwnames) < 0 ||
      ft_args_count("writelines", nargs, 1, 1) < 0)
    return 0;
  FtFile *f = as_file(self);
  if (f->b->closed)
    return closed_error(f, NULL);
  FtValue it = ft_iter(args[0]);
  if (!it)
    return 0;
  FtValue item;
  while ((item = ft_next(it)) != 0) {
    size_t n;
    int rc = file_write_value(f, item, &n);
    ft_decref(item);
    if (rc < 0) {
      ft_decref(it);
      return 0;
    }
  }
  ft_decref(it);
  if (ft_err_occurred())
    return 0;
  return ft_newref(FT_NONE);
}

METHOD(file_flush) {
  (void)args;
  if (ft_args_no_kw("flush", kwnames) < 0 ||
      ft_args_count("flush", nargs, 0, 0) < 0)
    return 0;
  FtFile *f = as_file(self);
  FtFileBuf *b = f->b;
  int err = 0;
  buf_lock(b);
  if (b->closed) {
    buf_unlock(b);
    if (!b->writable) /* BufferedReader / read-only text wording */
      return ft_err_format(&FtExc_ValueError, "I/O operation on closed file.");
    return closed_error(f, "flush of");
  }
  int rc = buf_flush_locked(b, &err);
  buf_unlock(b);
  if (rc < 0)
    return io_error(err);
  return ft_newref(FT_NONE);
}

METHOD(file_close) {
  (void)args;
  if (ft_args_no_kw("close", kwnames) < 0 ||
      ft_args_count("close", nargs, 0, 0) < 0)
    return 0;
  FtFileBuf *b = as_file(self)->b;
  int err = 0;
  buf_lock(b);
  int rc = buf_close_locked(b, &err);
  buf_unlock(b);
  if (rc < 0)
    return io_error(err);
  return ft_newref(FT_NONE);
}

/* Methods that need an open file and return a property of the fd. */
static int check_open(FtFile *f) {
  if (f->b->closed) {
    closed_error(f, "");
    return -1;
  }
  return 0;
}

METHOD(file_fileno) {
  (void)args;
  if (ft_args_no_kw("fileno", kwnames) < 0 ||
      ft_args_count("fileno", nargs, 0, 0) < 0 || check_open(as_file(self)) < 0)
    return 0;
  return ft_small(as_file(self)->b->fd);
}

METHOD(file_isatty) {
  (void)args;
  if (ft_args_no_kw("isatty", kwnames) < 0 ||
      ft_args_count("isatty", nargs, 0, 0) < 0 || check_open(as_file(self)) < 0)
    return 0;
  return ft_bool(isatty(as_file(self)->b->fd));
}

METHOD(file_readable) {
  (void)args;
  if (ft_args_no_kw("readable", kwnames) < 0 ||
      ft_args_count("readable", nargs, 0, 0) < 0)
    return 0;
  /* as in CPython, only a file that has the capability checks closed */
  if (!as_file(self)->b->readable)
    return ft_newref(FT_FALSE);
  if (check_open(as_file(self)) < 0)
    return 0;
  return ft_newref(FT_TRUE);
}

METHOD(file_writable) {
  (void)args;
  if (ft_args_no_kw("writable", kwnames) < 0 ||
      ft_args_count("writable", nargs, 0, 0) < 0)
    return 0;
  /* as in CPython, only a file that has the capability checks closed */
  if (!as_file(self)->b->writable)
    return ft_newref(FT_FALSE);
  if (check_open(as_file(self)) < 0)
    return 0;
  return ft_newref(FT_TRUE);
}

METHOD(file_seekable) {
  (void)args;
  if (ft_args_no_kw("seekable", kwnames) < 0 ||
      ft_args_count("seekable", nargs, 0, 0) < 0 ||
      check_open(as_file(self)) < 0)
    return 0;
  FtFileBuf *b = as_file(self)->b;
  buf_lock(b);
  int s = buf_is_seekable(b);
  buf_unlock(b);
  return ft_bool(s);
}

METHOD(file_seek) {
  static const char *const names[] = {"cookie", "whence", NULL};
  FtValue a[2] = {0, 0};
  if (ft_args_no_kw("seek", kwnames) < 0 ||
      ft_args_parse("seek", args, nargs, 0, names, 2, 1, a) < 0)
    return 0;
  FtFile *f = as_file(self);
  if (!ft_int_check(a[0]))
    return ft_err_format(&FtExc_TypeError,
                         "'%T' object cannot be interpreted as an integer",
                         a[0]);
  int64_t off;
  int ovf;
  if (ft_int_as_i64(a[0], &off, &ovf) < 0)
    return 0;
  if (ovf)
    return ft_err_format(&FtExc_OverflowError,
                         "Python int too large to convert to C long");
  int64_t whence = 0;
  if (a[1] && (ft_int_as_i64(a[1], &whence, &ovf) < 0))
    return 0;
  if (f->b->closed)
    return closed_error(f, "seek of");
  if (whence < 0 || whence > 2)
    return ft_err_format(&FtExc_ValueError,
                         "invalid whence (%lld, should be 0, 1 or 2)",
                         (long long)whence);
  if (!f->binary) {
    if (whence == 1 && off != 0)
      return unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0)
      return unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0)
      return ft_err_format(&FtExc_ValueError, "negative seek position %lld",
                           (long long)off);
  }
  FtFileBuf *b = f->b;
  int err = 0;
  buf_lock(b);
  off_t pos = -1;
  if (buf_flush_locked(b, &err) == 0) {
    if (whence == 1)
      off -= (int64_t)(b->rlen - b->rpos); /* logical position */
    b->rpos = b->rlen = 0;
    pos = lseek(b->fd, (off_t)off, (int)whence);
    if (pos < 0)
      err = errno;
  }
  buf_unlock(b);
  if (pos < 0)
    return io_error(err);
  return ft_int_from_i64(pos);
}

METHOD(file_tell) {
  (void)args;
  if (ft_args_no_kw("tell", kwnames) < 0 ||
      ft_args_count("tell", nargs, 0, 0) < 0)
    return 0;
  if (as_file(self)->b->closed)
    return closed_error(as_file(self), as_file(self)->binary ? "" : NULL);
  FtFileBuf *b = as_file(self)->b;
  int err = 0;
  buf_lock(b);
  off_t pos = -1;
  if (buf_flush_locked(b, &err) == 0) {
    pos = lseek(b->fd, 0, SEEK_CUR);
    if (pos < 0)
      err = errno;
    else
      pos -= (off_t)(b->rlen - b->rpos);
  }
  buf_unlock(b);
  if (pos < 0)
    return io_error(err);
  return ft_int_from_i64(pos);
}

METHOD(file_truncate) {
  FtValue v;
  if (opt_arg("truncate", args, nargs, kwnames, &v) < 0)
    return 0;
  FtFile *f = as_file(self);
  if (f->b->closed)
    return closed_error(f, "truncate of");
  if (!f->b->writable)
    return unsupported("truncate");
  int64_t size = -1;
  int ovf;
  if (v && v != FT_NONE) {
    if (ft_int_as_i64(v, &size, &ovf) < 0)
      return 0;
    if (size < 0)
      return ft_err_format(&FtExc_ValueError, "negative size value %lld",
                           (long long)size);
  }
  FtFileBuf *b = f->b;
  int err = 0, rc = -1;
  buf_lock(b);
  if (buf_flush_locked(b, &err) == 0) {
    if (size < 0) {
      off_t pos = lseek(b->fd, 0, SEEK_CUR);
      size = pos < 0 ? 0 : (int64_t)pos - (int64_t)(b->rlen - b->rpos);
    }
    buf_drop_read(b);
    rc = ftruncate(b->fd, (off_t)size);
    if (rc < 0)
      err = errno;
  }
  buf_unlock(b);
  if (rc < 0)
    return io_error(err);
  return ft_int_from_i64(size);
}

METHOD(file_enter) {
  (void)args;
  if (ft_args_no_kw("__enter__", kwnames) < 0 ||
      ft_args_count("__enter__", nargs, 0, 0) < 0)
    return 0;
  FtFile *f = as_file(self);
  if (f->b->closed)
    return ft_err_format(&FtExc_ValueError, "I/O operation on closed file.");
  return ft_newref(self);
}

METHOD(file_exit) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return file_close(self, NULL, 0, 0);
}

METHOD(file_next) {
  (void)args;
  if (ft_args_no_kw("__next__", kwnames) < 0 ||
      ft_args_count("__next__", nargs, 0, 0) < 0)
    return 0;
  FtValue r = file_iternext(self);
  if (!r && !ft_err_occurred())
    ft_err_set_none(&FtExc_StopIteration);
  return r;
}

METHOD(file_iter_method) {
  (void)args;
  if (ft_args_no_kw("__iter__", kwnames) < 0 ||
      ft_args_count("__iter__", nargs, 0, 0) < 0)
    return 0;
  return file_iter(self);
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through):
 * meant for start-up (sys.stdout.reconfigure(encoding='utf-8')); the
 * encoding/errors strings are interned, so a concurrent writer still
 * holding the old one reads valid memory. */
METHOD(file_reconfigure) {
  static const char *const names[] = {"encoding", "errors", "newline",
                                      "line_buffering", "write_through",
                                      NULL};
  FtValue a[5] = {0};
  if (ft_args_parse("reconfigure", args, nargs, kwnames, names, 0, 0, a) < 0)
    return 0;
  if (nargs)
    return ft_err_format(&FtExc_TypeError,
                         "reconfigure() takes no positional arguments");
  FtFile *f = as_file(self);
  if (f->binary)
    return ft_err_format(&FtExc_AttributeError,
                         "'%T' object has no attribute 'reconfigure'", self);
  int enc = f->enc, nl = f->nl, lb = -1, wt = -1;
  if (opt_str_arg(a[0], "encoding") < 0 || opt_str_arg(a[1], "errors") < 0 ||
      opt_str_arg(a[2], "newline") < 0)
    return 0;
  if (!is_none_v(a[0]) && parse_encoding(ft_str_data(a[0]), &enc) < 0)
    return ft_err_format(&FtExc_LookupError, "unknown encoding: %U", a[0]);
  if (!is_none_v(a[2])) {
    const char *n = ft_str_data(a[2]);
    if (!*n)
      nl = NL_ANY;
    else if (!strcmp(n, "\n"))
      nl = NL_LF;
    else if (!strcmp(n, "\r"))
      nl = NL_CR;
    else if (!strcmp(n, "\r\n"))
      nl = NL_CRLF;
    else
      return ft_err_format(&FtExc_ValueError, "illegal newline value: %U",
                           a[2]);
  }
  if (!is_none_v(a[3]) && (lb = ft_truthy(a[3])) < 0)
    return 0;
  if (!is_none_v(a[4]) && (wt = ft_truthy(a[4])) < 0)
    return 0;
  FtValue newenc = is_none_v(a[0]) ? 0 : ft_str_intern(ft_newref(a[0]));
  FtValue newerr = is_none_v(a[1]) ? 0 : ft_str_intern(ft_newref(a[1]));
  FtFileBuf *b = f->b;
  int err = 0;
  buf_lock(b);
  int rc = buf_flush_locked(b, &err);
  f->enc = enc;
  f->nl = nl;
  if (newenc)
    f->encoding = newenc;
  if (newerr)
    f->errors = newerr;
  if (lb >= 0)
    b->line_buffered = (uint8_t)lb;
  if (wt >= 0)
    b->write_through = (uint8_t)wt;
  buf_unlock(b);
  if (rc < 0)
    return io_error(err);
  return ft_newref(FT_NONE);
}

static const FtMethodDef file_methods[] = {
    {"read", file_read, 0, "Read at most size characters (all if omitted)."},
    {"readline", file_readline, 0, "Read until newline or EOF."},
    {"readlines", file_readlines, 0, "Return a list of lines."},
    {"write", file_write, 0, "Write a string; returns its length."},
    {"writelines", file_writelines, 0, "Write an iterable of strings."},
    {"flush", file_flush, 0, "Flush the write buffer."},
    {"close", file_close, 0, "Flush and close the file."},
    {"fileno", file_fileno, 0, "Return the file descriptor."},
    {"isatty", file_isatty, 0, "Is the file a terminal?"},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"seek", file_seek, 0, "Change the stream position."},
    {"tell", file_tell, 0, "Return the stream position."},
    {"truncate", file_truncate, 0, "Truncate the file to size bytes."},
    {"reconfigure", file_reconfigure, 0, "Change encoding or buffering."},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {"__iter__", file_iter_method, 0, NULL},
    {"__next__", file_next, 0, NULL},
    {NULL, NULL, 0, NULL}};

/* ==== attributes ====================================================== */

static FtValue get_closed(FtValue self) {
  return ft_bool(as_file(self)->b->closed);
}
static FtValue get_name(FtValue self) { return ft_newref(as_file(self)->name); }
static FtValue get_mode(FtValue self) { return ft_newref(as_file(self)->mode); }
static FtValue get_encoding(FtValue self) {
  return ft_newref(as_file(self)->encoding);
}
static FtValue get_errors(FtValue self) {
  return ft_newref(as_file(self)->errors);
}
static FtValue get_newlines(FtValue self) {
  (void)self;
  return ft_newref(FT_NONE);
}
static FtValue get_line_buffering(FtValue self) {
  return ft_bool(as_file(self)->b->line_buffered);
}

/* The binary view sharing this text file's buffer. */
static FtValue get_buffer(FtValue self) {
  FtFile *f = as_file(self);
  FtFileBuf *b = f->b;
  buf_lock(b);
  FtValue v = f->buffer;
  if (v) {
    ft_incref(v);
    buf_unlock(b);
    return v;
  }
  buf_unlock(b);
  FtValue m = ft_str_from_cstr(binary_mode(b));
  if (!m)
    return 0;
  atomic_fetch_add(&b->refs, 1);
  FtValue nv = file_make(binary_type(b), b, f->name, m, 1);
  ft_decref(m);
  if (!nv)
    return 0;
  buf_lock(b);
  FtValue loser = 0;
  if (!f->buffer) { /* first one wins; f keeps nv's reference */
    f->buffer = nv;
    v = ft_newref(nv);
  } else {
    v = ft_newref(f->buffer);
    loser = nv;
  }
  buf_unlock(b);
  ft_xdecref(loser);
  return v;
}

static const FtGetSetDef text_getsets[] = {
    {"closed", get_closed, NULL, NULL},
    {"name", get_name, NULL, NULL},
    {"mode", get_mode, NULL, NULL},
    {"encoding", get_encoding, NULL, NULL},
    {"errors", get_errors, NULL, NULL},
    {"newlines", get_newlines, NULL, NULL},
    {"line_buffering", get_line_buffering, NULL, NULL},
    {"buffer", get_buffer, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

static const FtGetSetDef binary_getsets[] = {
    {"closed", get_closed, NULL, NULL},
    {"name", get_name, NULL, NULL},
    {"mode", get_mode, NULL, NULL},
    {NULL, NULL, NULL, NULL}};

/* ==== the type objects ================================================ */

FtType FtFile_Type = {
    .ob = FT_STATIC_HEAD(&FtType_Type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FtFile),
    .tpflags = FT_TPFLAG_BASETYPE,
    .dealloc = file_dealloc,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getsets = text_getsets,
    .new_ = file_new,
};

#define BINARY_TYPE(var, tname)                                              \
  FtType var = {                                                             \
      .ob = FT_STATIC_HEAD(&FtType_Type),                                    \
      .name = tname,                                                         \
      .basicsize = sizeof(FtFile),                                           \
      .tpflags = FT_TPFLAG_BASETYPE,                                         \
      .dealloc = file_dealloc,                                               \
      .repr = file_repr,                                                     \
      .iter = file_iter,                                                     \
      .iternext = file_iternext,                                             \
      .methods = file_methods,                                               \
      .getsets = binary_getsets,                                             \
      .new_ = file_new,                                                      \
  }

BINARY_TYPE(FtBufferedReader_Type, "_io.BufferedReader");
BINARY_TYPE(FtBufferedWriter_Type, "_io.BufferedWriter");
BINARY_TYPE(FtBufferedRandom_Type, "_io.BufferedRandom");
