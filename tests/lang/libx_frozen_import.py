# Modules embedded from lib/ import like files on sys.path do.
import sys
import threading
import threading as th2
from threading import Thread as T, Event, local

print(threading.__name__, threading.__package__ == '', th2 is threading)
print(sys.modules['threading'] is threading, T is threading.Thread)
print(Event.__module__, T.__module__, T.__qualname__, local.__module__)
print(sorted(threading.__all__))
print(all(hasattr(threading, n) for n in threading.__all__))
import threading
print(threading is th2)
try:
    from threading import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
# a function defined in an embedded module reports its module
print(threading.current_thread.__module__, threading.Thread.start.__qualname__)
