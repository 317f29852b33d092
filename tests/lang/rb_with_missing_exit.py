# with on an object that has __enter__ but no __exit__ (vm/eval.c BEFORE_WITH)
class OnlyEnter:
    def __enter__(self): return 1
class OnlyExit:
    def __exit__(self, *a): pass
for cls in (OnlyEnter, OnlyExit):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)
