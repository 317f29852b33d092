# sys.modules[name] = None blocks importing that name.
import sys
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules["heapq"] = None
try:
    from heapq import heappush
except ImportError as e:
    print(type(e).__name__, e)
