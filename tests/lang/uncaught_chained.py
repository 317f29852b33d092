# Uncaught exception with a cause: last stderr line is the final exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('could not parse %r' % s) from e
print(parse('12'))
parse('twelve')
