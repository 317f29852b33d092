# math domain and range errors
import math
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.acos(2))
show(lambda: math.exp(1000))
show(lambda: math.pow(10, 400))
show(lambda: math.floor(math.inf))
show(lambda: math.ceil(math.nan))
show(lambda: math.sqrt('4'))
show(lambda: math.fmod(1, 0))
show(lambda: math.sqrt(math.inf))
show(lambda: math.log(10 ** 400))
show(lambda: math.sqrt(10 ** 400))
