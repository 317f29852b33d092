# Lists as stacks and queues, and large lists
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list('abcde')
order = []
while queue:
    order.append(queue.pop(0))
print(order)
big = list(range(100000))
print(len(big), big[-1], sum(big))
del big[::2]
print(len(big), big[:5])
big = [x for x in big if x % 3 == 0]
print(len(big), big[-3:])
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(4)]
print(transposed)
print(list(zip(*matrix)))
flat = [x for row in matrix for x in row]
print(flat, len(flat))
l = [1, 2, 3, 4, 5, 6]
l[1:5] = l[4:0:-1]
print(l)
