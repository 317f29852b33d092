# A tiny stack-based virtual machine
def run(program):
    stack = []
    pc = 0
    out = []
    env = {}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if op == 'push':
            stack.append(args[0])
        elif op == 'add':
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == 'sub':
            b, a = stack.pop(), stack.pop()
            stack.append(a - b)
        elif op == 'mul':
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == 'store':
            env[args[0]] = stack.pop()
        elif op == 'load':
            stack.append(env[args[0]])
        elif op == 'jz':
            if stack.pop() == 0:
                pc = args[0]
        elif op == 'jmp':
            pc = args[0]
        elif op == 'print':
            out.append(stack.pop())
        else:
            raise ValueError('bad op %r' % op)
    return out, env
fact = [
    ('push', 1), ('store', 'acc'), ('push', 10), ('store', 'n'),
    ('load', 'n'), ('jz', 14),
    ('load', 'acc'), ('load', 'n'), ('mul',), ('store', 'acc'),
    ('load', 'n'), ('push', 1), ('sub',), ('store', 'n'), ('jmp', 4),
]
fact[5] = ('jz', 15)
fact.append(('load', 'acc'))
fact.append(('print',))
print(run(fact))
print(run([('push', 2), ('push', 3), ('add',), ('print',)]))
try:
    run([('nop',)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    run([('add',)])
except IndexError as e:
    print(type(e).__name__, e)
