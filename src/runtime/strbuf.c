/*
 * strbuf.c - FtStrBuf, the growable byte buffer declared in strbuf.h.
 *
 * How it works: data starts at the inline storage inside the struct; the
 * first growth past it mallocs and copies, later growths realloc.  Capacity
 * grows by 1.5x (or to exactly what is needed if that is more), which keeps
 * appends amortised O(1) without doubling huge buffers.
 *
 * Invariant: data[len] == '\0' and len < cap after every call; a failed
 * call leaves the buffer exactly as it was.
 *
 * No shared state: safe to call from any thread.
 */
#include "runtime/strbuf.h"
#include "runtime/object.h" /* ft_mem_too_big */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ft_strbuf_init(FtStrBuf *b) {
  b->data = b->inline_buf;
  b->len = 0;
  b->cap = FT_STRBUF_INLINE;
  b->inline_buf[0] = '\0';
}

void ft_strbuf_free(FtStrBuf *b) {
  if (b->data != b->inline_buf)
    free(b->data);
  ft_strbuf_init(b);
}

/* Slow path of reserve: grow so that `need` bytes (NUL included) fit. */
static int strbuf_grow(FtStrBuf *b, size_t need) {
  size_t newcap = b->cap + b->cap / 2;
  if (newcap < b->cap || newcap < need) /* overflow or not enough */
    newcap = need;
  char *p;
  if (ft_mem_too_big(newcap))
    return -1;
  if (b->data == b->inline_buf) {
    p = malloc(newcap);
    if (p == NULL)
      return -1;
    memcpy(p, b->data, b->len + 1);
  } else {
    p = realloc(b->data, newcap);
    if (p == NULL)
      return -1;
  }
  b->data = p;
  b->cap = newcap;
  return 0;
}

int ft_strbuf_reserve(FtStrBuf *b, size_t extra) {
  /* need = len + extra + 1, checked for overflow */
  if (extra >= SIZE_MAX - b->len)
    return -1;
  size_t need = b->len + extra + 1;
  if (need <= b->cap)
    return 0;
  return strbuf_grow(b, need);
}

int ft_strbuf_append(FtStrBuf *b, const void *p, size_t n) {
  if (ft_strbuf_reserve(b, n) < 0)
    return -1;
  if (n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int ft_strbuf_append_cstr(FtStrBuf *b, const char *s) {
  return ft_strbuf_append(b, s, strlen(s));
}

int ft_strbuf_append_char(FtStrBuf *b, char c) {
  if (b->len + 1 < b->cap) { /* fast path: no reserve call */
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
  }
  return ft_strbuf_append(b, &c, 1);
}

int ft_strbuf_append_repeat(FtStrBuf *b, char c, size_t n) {
  if (ft_strbuf_reserve(b, n) < 0)
    return -1;
  memset(b->data + b->len, (unsigned char)c, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

/* Encode cp as UTF-8 into out (4 bytes room); returns the length or 0 if cp
 * is not a code point. */
static size_t strbuf_utf8(uint32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  if (cp <= 0x10FFFF) {
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
  }
  return 0;
}

int ft_strbuf_append_codepoint(FtStrBuf *b, uint32_t cp) {
  char tmp[4];
  size_t n = strbuf_utf8(cp, tmp);
  if (n == 0)
    return -1;
  return ft_strbuf_append(b, tmp, n);
}

int ft_strbuf_append_repeat_codepoint(FtStrBuf *b, uint32_t cp, size_t n) {
  char tmp[4];
  size_t k = strbuf_utf8(cp, tmp);
  if (k == 0)
    return -1;
  if (k == 1)
    return ft_strbuf_append_repeat(b, tmp[0], n);
  if (n > (SIZE_MAX - 1) / k)
    return -1;
  if (ft_strbuf_reserve(b, n * k) < 0)
    return -1;
  char *p = b->data + b->len;
  for (size_t i = 0; i < n; i++, p += k)
    memcpy(p, tmp, k);
  b->len += n * k;
  b->data[b->len] = '\0';
  return 0;
}

int ft_strbuf_vprintf(FtStrBuf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  /* First try into the space we already have; most calls fit. */
  size_t avail = b->cap - b->len;
  int n = vsnprintf(b->data + b->len, avail, fmt, ap);
  if (n < 0) {
    b->data[b->len] = '\0';
    va_end(ap2);
    return -1;
  }
  if ((size_t)n < avail) {
    b->len += (size_t)n;
    va_end(ap2);
    return 0;
  }
  /* Did not fit: the tail was overwritten by a truncated copy; restore the
   * terminator so a failure below keeps the invariant, then retry. */
  b->data[b->len] = '\0';
  if (ft_strbuf_reserve(b, (size_t)n) < 0) {
    va_end(ap2);
    return -1;
  }
  int n2 = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
  va_end(ap2);
  if (n2 < 0 || n2 != n) {
    b->data[b->len] = '\0';
    return -1;
  }
  b->len += (size_t)n;
  return 0;
}

int ft_strbuf_printf(FtStrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = ft_strbuf_vprintf(b, fmt, ap);
  va_end(ap);
  return r;
}

void ft_strbuf_truncate(FtStrBuf *b, size_t n) {
  if (n < b->len) {
    b->len = n;
    b->data[n] = '\0';
  }
}

char *ft_strbuf_finish(FtStrBuf *b, size_t *len_out) {
  char *p;
  if (b->data == b->inline_buf) {
    p = malloc(b->len + 1);
    if (p == NULL)
      return NULL;
    memcpy(p, b->data, b->len + 1);
  } else {
    p = b->data;
    /* Give back slack when it is large; a failed shrink is harmless. */
    if (b->cap - b->len > 256) {
      char *q = realloc(p, b->len + 1);
      if (q != NULL)
        p = q;
    }
  }
  if (len_out)
    *len_out = b->len;
  ft_strbuf_init(b);
  return p;
}
