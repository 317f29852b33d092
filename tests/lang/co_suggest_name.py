# An uncaught NameError names a close global or builtin.
total_count = 0
for i in range(3):
    total_count += i
try:
    print(undefined_thing)
except NameError as e:
    print(e)
print(total_cout)
