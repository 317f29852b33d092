# startswith / endswith with tuples and ranges
s = 'report_2024.csv'
print(s.startswith('report'), s.startswith('Report'), s.endswith('.csv'), s.endswith('.txt'))
print(s.endswith(('.txt', '.csv')), s.startswith(('a', 'b')), s.startswith(()))
print(s.startswith('2024', 7), s.startswith('2024', 7, 10), s.endswith('report', 0, 6))
print(s.startswith(''), ''.startswith(''), ''.endswith('x'), s.endswith('', 100))
print(s.startswith('csv', -3), s.endswith('_', 0, -8))
try:
    s.startswith(['report'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(1)
except TypeError as e:
    print(type(e).__name__, e)
files = ['a.py', 'b.txt', 'c.PY', 'd.py.bak']
print([f for f in files if f.endswith('.py')])
print([f for f in files if f.lower().endswith(('.py', '.txt'))])
