# SyntaxError: unterminated string literal
print("never")
s = 'abc
print(s)
