# Uncaught TypeError from an unsupported operation
values = [1, 2, '3']
total = 0
for v in values:
    total = total + v
    print('total', total)
