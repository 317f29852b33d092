# The time module: clocks, sleep, struct_time and conversions (all checks
# are written so that the output does not depend on the time or zone).
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.time_ns()
time.sleep(0.05)
time.sleep(0)
print(time.time() - t0 >= 0.04, time.monotonic() - m0 >= 0.04)
print(time.perf_counter() - p0 >= 0.04, time.time_ns() - n0 >= 40_000_000)
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.process_time() >= 0, time.thread_time() >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1)

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[-1], len(g), g[:3], tuple(g), isinstance(g, tuple))
print(time.gmtime(86400 * 365.25 * 30 + 0.9))
print(time.gmtime(-1.5))
print(time.asctime(g), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b', g))
print(time.strftime('%%', g), repr(time.strftime('', g)))
print(time.strftime('%Y', (1999, 1, 1, 0, 0, 0, 0, 1, 0)))
lt = time.localtime(1_000_000)
print(time.mktime(lt), type(lt).__name__)
print(time.localtime().tm_year >= 2024, time.gmtime().tm_year >= 2024)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, st.tm_min)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname))
print(time.ctime(0) == time.asctime(time.localtime(0)))


def check(fn):
    try:
        r = fn()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: time.sleep(-1))
check(lambda: time.sleep('a'))
check(lambda: time.sleep(float('nan')))
check(lambda: time.sleep())
check(lambda: time.strftime(1))
check(lambda: time.localtime('a'))
check(lambda: time.gmtime(1e20))
check(lambda: time.struct_time(1))
check(lambda: time.struct_time((1, 2)))
check(lambda: time.mktime(1))
check(lambda: time.asctime((1, 2)))
check(lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)))
