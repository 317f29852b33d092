/*
 * strbuf.h - FtStrBuf, a growable byte buffer for building strings in C.
 *
 * What it holds: the buffer type and its operations (init, append of bytes,
 * C strings, chars, UTF-8 code points and repeats, printf, reserve,
 * truncate, finish/free).  It is the output sink of dtoa.c and formatspec.c
 * and a general tool for any code that builds text piece by piece.
 *
 * How it works: the first FT_STRBUF_INLINE bytes live inside the struct, so
 * short strings (numbers, small reprs) never touch the allocator; past that
 * the buffer moves to the heap and grows geometrically (x1.5, at least what
 * is asked).  malloc/realloc/free are used directly.
 *
 * Invariant: data != NULL, len < cap and data[len] == '\0' at all times, so
 * data is always a valid C string (the content itself may hold NULs).  data
 * points either at the inline storage or at a heap block of cap bytes.
 * Every operation that may allocate returns 0 on success and -1 on
 * allocation failure (or size overflow); on failure nothing is changed, the
 * buffer stays valid and must still be released with ft_strbuf_free.
 * Because data may point into the struct itself, an FtStrBuf must not be
 * copied by value while in use (pass pointers).
 *
 * No shared state: every function touches only the buffer it is given, so
 * they are safe to call from any thread (one buffer per thread at a time).
 */
#ifndef FT_RUNTIME_STRBUF_H
#define FT_RUNTIME_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define FT_STRBUF_INLINE 128

typedef struct FtStrBuf {
  char *data;  /* inline_buf or a heap block; always NUL-terminated */
  size_t len;  /* bytes in use, not counting the terminating NUL */
  size_t cap;  /* bytes available at data, including room for the NUL */
  char inline_buf[FT_STRBUF_INLINE];
} FtStrBuf;

/* Make b an empty buffer using its inline storage.  Never fails. */
void ft_strbuf_init(FtStrBuf *b);

/* Release any heap block and return b to the empty inline state (b can be
 * reused afterwards without another init). */
void ft_strbuf_free(FtStrBuf *b);

/* Ensure room for `extra` more bytes (plus the NUL) without reallocating. */
int ft_strbuf_reserve(FtStrBuf *b, size_t extra);

int ft_strbuf_append(FtStrBuf *b, const void *p, size_t n);
int ft_strbuf_append_cstr(FtStrBuf *b, const char *s);
int ft_strbuf_append_char(FtStrBuf *b, char c);
/* n copies of the byte c. */
int ft_strbuf_append_repeat(FtStrBuf *b, char c, size_t n);
/* The UTF-8 encoding of code point cp (0..0x10FFFF; surrogates are encoded
 * as-is, like Python's internal "surrogatepass" needs).  -1 if cp is out of
 * range. */
int ft_strbuf_append_codepoint(FtStrBuf *b, uint32_t cp);
/* n copies of the UTF-8 encoding of cp. */
int ft_strbuf_append_repeat_codepoint(FtStrBuf *b, uint32_t cp, size_t n);

/* printf-style append (vsnprintf: the C locale rules of the caller's
 * process apply to %f etc.; use dtoa.h for Python float text). */
int ft_strbuf_printf(FtStrBuf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int ft_strbuf_vprintf(FtStrBuf *b, const char *fmt, va_list ap);

/* Shrink to the first n bytes (n <= len). */
void ft_strbuf_truncate(FtStrBuf *b, size_t n);

/* Hand the content over as a malloc'd NUL-terminated string the caller
 * frees with free(); *len_out (if not NULL) gets its length.  b is left
 * empty and reusable.  Returns NULL on allocation failure, leaving b as it
 * was (the caller still owns it and must free it). */
char *ft_strbuf_finish(FtStrBuf *b, size_t *len_out);

#endif /* FT_RUNTIME_STRBUF_H */
