# Notes added to an exception (add_note / __notes__) are printed after its
# message when it goes uncaught; the last stderr line is the last note.
e = ValueError("x")
e.add_note("hint")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
try:
    raise KeyError('k')
except KeyError as k:
    k.add_note("first note")
    e.add_note("see the\nlines")
    e.__notes__.append("the last note")
    raise e
