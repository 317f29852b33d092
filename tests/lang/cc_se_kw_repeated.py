def f(**k): return k
print(f(a=1, a=2))
