# Basic try/except matching
def risky(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'index':
        return [][0]
    if kind == 'key':
        return {}['k']
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('xyz')
    if kind == 'attr':
        return None.foo
    return 'fine'
for k in ('zero', 'index', 'key', 'type', 'value', 'attr', 'none'):
    try:
        r = risky(k)
        print('ok', r)
    except ZeroDivisionError as e:
        print('ZDE', e)
    except (IndexError, KeyError) as e:
        print('lookup', type(e).__name__, e)
    except TypeError as e:
        print('type', e)
    except Exception as e:
        print('generic', type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    try:
        raise KeyError('inner')
    except IndexError:
        print('wrong handler')
except KeyError as e:
    print('outer caught', e)
try:
    raise TypeError('bare')
except:
    print('bare except caught')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
