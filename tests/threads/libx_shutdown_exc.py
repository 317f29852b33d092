# An uncaught exception in the main thread: the traceback is printed, then
# non-daemon threads are still waited for; exit status 1.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker finished")


threading.Thread(target=worker).start()
print("main raising")
go.set()
raise ValueError("main failed")
