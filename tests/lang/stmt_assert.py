# assert statements
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    assert len(x) == 3, f'len was {len(x)}'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append('called')
    return 'm'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
