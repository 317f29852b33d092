try:
    x = [1]*(10**12)
except MemoryError:
    print("MemoryError")
try:
    b = bytearray(10**13)
except MemoryError:
    print("MemoryError")
try:
    s = "ab" * (10**12)
except MemoryError:
    print("MemoryError")
print(len([0] * 1000000))
