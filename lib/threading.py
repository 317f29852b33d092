"""Thread objects and synchronization primitives (CPython 3.11's API).

ftpy's threading module, written for ftpy on top of the native _thread
module (start_new_thread, allocate_lock, RLock, get_ident).  Threads run
Python code in parallel here (there is no GIL), so every piece of shared
state below names the lock that protects it:

  _active, _limbo, _shutdown_started  -- _active_limbo_lock
  Condition._waiters                  -- the condition's own lock
  Semaphore/Event/Barrier state       -- their condition's lock
  local namespaces                    -- one lock per local object for
                                         inserts; lookups are single dict
                                         operations, atomic by themselves

Thread.join() waits on a per-thread "end" lock that the thread holds from
start() until the last thing it does, which is what CPython's
_tstate_lock does.  At interpreter exit the runtime calls _shutdown(),
which joins every non-daemon thread.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
stack_size = _thread.stack_size
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_CRLock = _thread.RLock

# ---------------------------------------------------------------------------
# Tracing and profiling hooks, installed in each new Thread (through
# sys.settrace/sys.setprofile, which ftpy does not have yet: until then the
# hooks are only remembered, so code that sets them keeps working).

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    The thread that acquired it must release it, as many times as it
    acquired it.
    """
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.  Each waiter blocks on a lock of its own,
    which notify() releases; the list of waiters is only touched while the
    condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows its owner (RLock) lets us check ownership
        # exactly; a recursive one must be released fully while waiting.
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
            if hasattr(lock, '_release_save'):
                self._release_save = lock._release_save
                self._acquire_restore = lock._acquire_restore
            else:
                self._release_save = self._release_all
                self._acquire_restore = self._reacquire_n
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Defaults for a plain lock, which has no notion of an owner.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: held by someone is the best
        # answer available (CPython does the same).
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    # For a recursive lock without _release_save: unwind all levels.
    def _release_all(self):
        n = 0
        while self._lock._is_owned():
            self._lock.release()
            n += 1
        return n

    def _reacquire_n(self, n):
        for _ in range(n):
            self._lock.acquire()

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        The lock must be held; it is released while waiting and re-acquired
        before returning.  Returns True unless the timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # A notifier picked us between the timeout and getting
                    # the lock back: the notification was ours after all.
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate is called with the lock held; returns its last value
        (false only when the timeout expired).
        """
        endtime = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if endtime is None:
                    endtime = _time() + remaining
                else:
                    remaining = endtime - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        woken = waiters[:n]
        if not woken:
            return
        del waiters[:len(woken)]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter of available slots: acquire() takes one (waiting while
    there is none), release() gives some back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Take one slot; returns False if none became free in time."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n slots, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true; returns the flag (False on timeout)."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A barrier for a fixed number of threads: each wait() blocks until
    `parties` threads are waiting, then all are released together.

    It cycles through filling (threads arrive) and draining (released
    threads leave); new arrivals wait while it drains, so the barrier can
    be reused at once.  reset() and abort() break the waiting threads out
    with BrokenBarrierError.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's arrival index
        (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait out a previous cycle that is still draining/resetting.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # Last to arrive: run the action, release everyone.
                    try:
                        if self._action:
                            self._action()
                        self._state = _DRAINING
                        self._cond.notify_all()
                    except:
                        self._break()
                        raise
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == _DRAINING or
                                         self._state == _RESETTING):
                    # The last one out reopens the barrier.
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting on it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is in a broken state."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry

_counter_lock = _allocate_lock()
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        n = _counter
    return name_template % n


_active_limbo_lock = _allocate_lock()
_active = {}  # ident -> Thread, for running threads
_limbo = {}   # Thread -> Thread, started but not yet running

_shutdown_started = False
_threading_atexits = []


# ---------------------------------------------------------------------------
# Exception hook

class _ExceptHookArgs(tuple):
    """Arguments of threading.excepthook: (exc_type, exc_value,
    exc_traceback, thread)."""

    __slots__ = ()
    __module__ = '_thread'

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Handle an exception raised by Thread.run(): print
    "Exception in thread NAME:" and the traceback to stderr."""
    if args.exc_type == SystemExit:
        # silently ignored, as for the main thread's sys.exit() in a thread
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Report the exception being handled in `thread` through
    threading.excepthook (looked up now, so user replacements count)."""
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs([*_sys.exc_info(), thread]))
    except Exception as exc:
        exc.__suppress_context__ = True
        del exc
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        hook = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
        hook(*_sys.exc_info())


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control.

    Give a callable as target=, or subclass and override run().  The
    thread runs once start() is called; join() waits for it to end.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._end_lock = None  # held by the running thread (see module doc)
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # sets _is_stopped once the thread has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() in a new thread of control.

        At most once per thread object.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        end_lock = _allocate_lock()
        end_lock.acquire()
        with _active_limbo_lock:
            if self in _limbo:
                raise RuntimeError("threads can only be started once")
            _limbo[self] = self
        self._end_lock = end_lock
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._end_lock = None
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target given to the constructor
        with args and kwargs.  Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # break reference cycles through the arguments
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            # (only once ftpy has sys.settrace / sys.setprofile)
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                if _active.get(self._ident) is self:
                    del _active[self._ident]
            # Last step: the thread counts as ended from here on.
            self._end_lock.release()

    def _stop(self):
        # Order matters to a concurrent join(): stopped first, then the
        # lock forgotten (a joiner that sees no lock sees it stopped).
        self._is_stopped = True
        self._end_lock = None

    def _wait_for_end(self, block=True, timeout=-1):
        lock = self._end_lock
        if lock is None:
            return  # already stopped
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds passed (then
        check is_alive() to tell which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_end()
        else:
            self._wait_for_end(timeout=max(timeout, 0))

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not
        been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread is alive: from just before run() starts until
        just after it returns."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_end(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread (not waited for at exit)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of daemon."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of daemon."""
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of name."""
        return self.name

    def setName(self, name):
        """Deprecated setter of name."""
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() came first:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (the program's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._end_lock = _allocate_lock()
        self._end_lock.acquire()  # released by _shutdown()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. with
    _thread.start_new_thread) when it calls current_thread().  It is
    always alive and daemonic, and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Global API

def current_thread():
    """The Thread object of the caller (a dummy one for a thread that was
    not started through threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of all Thread objects currently alive (including daemonic
    and dummy threads and the main thread)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object: the one the interpreter was started in."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at shutdown, before non-daemon threads are
    joined (used by concurrent.futures)."""
    with _active_limbo_lock:
        if _shutdown_started:
            raise RuntimeError("can't register atexit after shutdown")
        _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the runtime when the main program ends: mark the main
    thread stopped, run _register_atexit() callbacks, then wait for every
    non-daemon thread (including ones those threads start meanwhile)."""
    global _shutdown_started
    if _main_thread._is_stopped:
        return  # already done
    with _active_limbo_lock:
        _shutdown_started = True
        atexits = _threading_atexits[:]
    lock = _main_thread._end_lock
    if lock is not None and lock.locked():
        lock.release()
    _main_thread._stop()
    for call in reversed(atexits):
        call()
    me = get_ident()
    while True:
        with _active_limbo_lock:
            pending = [t for t in _enumerate()
                       if not t._daemonic and t is not _main_thread and
                       t._ident != me and not isinstance(t, _DummyThread)]
        pending = [t for t in pending if not t._is_stopped]
        if not pending:
            break
        for t in pending:
            t._started.wait()
            t._wait_for_end()


# ---------------------------------------------------------------------------
# Thread-local data

class _LocalImpl:
    """The per-thread namespaces of one local object.

    dicts maps a thread ident to (owner, namespace), owner being the
    Thread object registered under that ident when the namespace was made.
    An OS thread id can be reused once its thread has ended, so a
    namespace counts as the caller's only while its owner is still the
    Thread registered under the ident; namespaces of ended threads are
    dropped whenever a new one is made.
    """

    __slots__ = ('dicts', 'args', 'kw', 'lock')

    def __init__(self, args, kw):
        self.dicts = {}
        self.args = args
        self.kw = kw
        self.lock = _allocate_lock()

    def get(self):
        """The caller's namespace, or None when it has none yet."""
        key = get_ident()
        entry = self.dicts.get(key)
        if entry is not None and entry[0] is _active.get(key):
            return entry[1]
        return None

    def create(self):
        """Make (and return) a fresh namespace for the calling thread."""
        key = get_ident()
        d = {}
        with self.lock:
            for k, entry in list(self.dicts.items()):
                if entry[0] is not _active.get(k):
                    del self.dicts[k]
            self.dicts[key] = (_active.get(key), d)
        return d


_MISSING = object()


def _class_attr(cls, name):
    for base in cls.__mro__:
        bd = base.__dict__
        if name in bd:
            return bd[name]
    return _MISSING


def _local_namespace(self):
    impl = object.__getattribute__(self, '_local__impl')
    d = impl.get()
    if d is None:
        # First use in this thread: a fresh namespace, initialised by the
        # subclass's __init__ with the constructor's arguments.
        d = impl.create()
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *impl.args, **impl.kw)
    return d


def _is_data_descriptor(attr):
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


class _local:
    """Thread-local data: each thread sees its own attributes.

        mydata = local()
        mydata.x = 1   # visible in this thread only

    A subclass's __init__ runs again, with the same arguments, the first
    time each other thread touches the object.
    """

    __module__ = '_thread'

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        impl.create()  # the creating thread's namespace; __init__ runs as usual
        return self

    def __getattribute__(self, name):
        d = _local_namespace(self)
        if name == '__dict__':
            return d
        if type(self) is _local and name in d:
            # _local itself defines no data descriptors: the namespace wins
            return d[name]
        if name in d:
            attr = _class_attr(type(self), name)
            if attr is _MISSING or not _is_data_descriptor(attr):
                try:
                    return d[name]
                except KeyError:
                    pass
        if type(self) is not _local:
            return object.__getattribute__(self, name)
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            # say '_thread._local' as CPython does
            if _class_attr(_local, name) is _MISSING:
                raise AttributeError("'_thread._local' object has no attribute '%s'"
                                     % name) from None
            raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        d = _local_namespace(self)
        if type(self) is _local:
            d[name] = value  # no data descriptors on _local itself
            return
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _local_type_name(self))
        d = _local_namespace(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None


def _local_type_name(obj):
    t = type(obj)
    if t is _local:
        return '_thread._local'
    return t.__name__


local = _local

# ---------------------------------------------------------------------------

_main_thread = _MainThread()
