# Uncaught IndexError in a loop that prints partial output
items = ['a', 'b', 'c']
for i in range(5):
    print(i, items[i])
