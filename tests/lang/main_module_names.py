# __main__'s initial names as CPython's
print(dir()); print(__spec__, __package__, __cached__ if "__cached__" in dir() else "nocached")
x: int = 5
y: str
print(__annotations__)
print(sorted(k for k in globals() if k.startswith('__')))
