# Uncaught exception raised without a message (last line is just the class name)
class Stop(Exception):
    pass
print('before')
raise Stop
