# SyntaxError: unmatched closing parenthesis
print("this line is never run")
x = (1 + 2))
print(x)
