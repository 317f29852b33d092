# SyntaxError: invalid syntax
print("never")
x = 1 +* 2 if
print(x)
