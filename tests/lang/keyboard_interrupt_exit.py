# An uncaught KeyboardInterrupt ends the process by SIGINT, as in CPython.
print("before")
raise KeyboardInterrupt
