# At exit the interpreter waits for non-daemon threads (threading._shutdown),
# including threads they start meanwhile, but not for daemon threads.
# _register_atexit callbacks run first.
import threading

release = threading.Event()
stage2 = threading.Event()


def late_worker(name):
    release.wait()
    print("worker", name, "finished after main")
    stage2.set()


def grandchild():
    print("grandchild started by a worker during shutdown")


def spawner():
    stage2.wait()
    t = threading.Thread(target=grandchild)
    t.start()


def at_exit(msg):
    print(msg)
    release.set()


never = threading.Event()
threading.Thread(target=never.wait, daemon=True).start()  # must not block exit
threading.Thread(target=late_worker, args=("A",)).start()
threading.Thread(target=spawner).start()
threading._register_atexit(at_exit, "threading atexit callback")
print("main done, active:", threading.active_count())
