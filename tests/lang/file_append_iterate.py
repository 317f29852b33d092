# Appending to a file and iterating over lines
path = '/tmp/ftpy_test_file_append_iterate.txt'
with open(path, 'w') as f:
    for i in range(3):
        f.write('line %d\n' % i)
with open(path, 'a') as f:
    f.write('appended 1\n')
    print('tail', file=f)
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, repr(line))
with open(path) as f:
    lines = [l.rstrip('\n') for l in f]
print(lines)
with open(path) as f:
    print(sum(1 for _ in f))
with open(path) as f:
    print(list(f)[-1])
with open(path, 'w') as f:
    f.write('no trailing newline')
with open(path) as f:
    print(f.readlines())
with open(path, 'a') as f:
    f.write('\nmore')
with open(path) as f:
    print(f.read().splitlines())
