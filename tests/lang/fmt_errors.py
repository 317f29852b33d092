# Errors from format specs and f-strings
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: format(1, 'z'))
show(lambda: format('a', 'd'))
show(lambda: format(1.0, 'c'))
show(lambda: format(1, '='*2))
show(lambda: format('x', '+'))
show(lambda: format('x', '#'))
show(lambda: format(1, '.'))
show(lambda: '{:abc}'.format(5))
show(lambda: '{0:}'.format())
show(lambda: '{!x}'.format(1))
show(lambda: '%d' % None)
show(lambda: '%s %s' % 'a')
show(lambda: '%s' % ())
show(lambda: 'no placeholders' % 5)
show(lambda: 'no placeholders' % ())
show(lambda: format(2 ** 2000, 'f'))
show(lambda: format(10 ** 400, 'e'))
