# raise SystemExit(5) at top level from nested calls
def deep(n):
    if n == 0:
        print('raising SystemExit(5)')
        raise SystemExit(5)
    try:
        deep(n - 1)
    finally:
        print('unwinding', n)
deep(3)
