# printf-style formatting: str % args and bytes % args.

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", repr(r))

print('%s %r %a' % ('é', 'é', 'é'), '%d %i %u' % (1, -2, 3), '%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8), '%e %E %.2e' % (12345.678, 0.000123, 1.0))
print('%f %.0f %.3f %10.2f|%-10.2f|%+.1f' % (1.5, 2.5, 3.14159, 2.0, 2.0, 0.05), '%g %G %g' % (1e-5, 1e20, 123.0))
print('%c%c%c' % (72, 'i', 0x263A), '%%', '%s' % [1, 2], '%s' % (None,), '%(a)s-%(b)05.1f' % {'a': 'A', 'b': 2})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%.2s|%5.1s|' % ('abc', 'xyz'), '%s' % {'k': 1})
print('%d' % 3.99, '%d' % -3.99, '%d' % True, '%x' % 2**70, '%d' % 10**25, '%s %s' % ('a', 'b'))
print('%10s|%-10s|' % ('é', '日本'), '%r' % 'a\nb', '%5.1f%%' % 99.5, '%i' % 7.0, '%.3d' % 5)
print(b'%s %d %x %b' % (b'abc', 5, 255, b'z'), b'%r %a' % ('é', b'x'), b'%c%c' % (65, b'B'), b'%5s|' % b'ab')
print(b'%(k)s' % {b'k': b'v'}, b'%%', b'%.1s' % b'xyz')

err(lambda: '%s %s' % ('a',))
err(lambda: '%s' % ('a', 'b'))
err(lambda: '' % 5)
err(lambda: '%d' % 'x')
err(lambda: '%x' % 1.5)
err(lambda: '%f' % 'x')
err(lambda: '%y' % 1)
err(lambda: 'abc %' % ())
err(lambda: '%(a)s' % (1,))
err(lambda: '%(a' % {'a': 1})
err(lambda: '%c' % 'ab')
err(lambda: '%c' % -1)
err(lambda: '%*d' % ('x', 1))
err(lambda: '%(a)s' % {})
err(lambda: b'%s' % 'str')
err(lambda: b'%c' % 256)
err(lambda: b'%d %d' % (1,))
err(lambda: b'x' % (1,))
