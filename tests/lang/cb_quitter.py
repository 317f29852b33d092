print(exit, quit)
print(type(exit).__name__)
quit(3)
