# A small state machine with a transition table, custom exceptions and a log
class TransitionError(Exception):
    def __init__(self, state, event):
        self.state = state
        self.event = event
        super().__init__(f"no transition from {state!r} on {event!r}")

class State:
    def __init__(self, name, terminal=False):
        self.name = name
        self.terminal = terminal
    def __repr__(self):
        return f"State({self.name!r})"
    def __eq__(self, other):
        if isinstance(other, str):
            return self.name == other
        if isinstance(other, State):
            return self.name == other.name
        return NotImplemented
    def __hash__(self):
        return hash(self.name)

class Machine:
    def __init__(self, initial):
        self.state = State(initial)
        self.table = {}
        self.history = [initial]
        self.listeners = []
    def add(self, src, event, dst, guard=None):
        self.table[(src, event)] = (dst, guard)
        return self
    def fire(self, event, **ctx):
        key = (self.state.name, event)
        if key not in self.table:
            raise TransitionError(self.state.name, event)
        dst, guard = self.table[key]
        if guard is not None and not guard(**ctx):
            return False
        old = self.state
        self.state = State(dst, terminal=dst == "closed")
        self.history.append(dst)
        for fn in self.listeners:
            fn(old, self.state, event)
        return True
    def __iter__(self):
        return iter(self.history)

door = (Machine("closed")
        .add("closed", "open", "opened")
        .add("opened", "close", "closed")
        .add("closed", "lock", "locked", guard=lambda key=None: key == "secret")
        .add("locked", "unlock", "closed", guard=lambda key=None: key == "secret"))
log = []
door.listeners.append(lambda a, b, ev: log.append(f"{a.name} --{ev}--> {b.name}"))
for ev, ctx in [("open", {}), ("close", {}), ("lock", {"key": "wrong"}),
                ("lock", {"key": "secret"}), ("open", {}), ("unlock", {"key": "secret"}),
                ("open", {}), ("fly", {})]:
    try:
        ok = door.fire(ev, **ctx)
        print(f"{ev:8} -> {door.state.name:8} {'ok' if ok else 'guard failed'}")
    except TransitionError as e:
        print(f"{ev:8} !! {e} [{e.state}/{e.event}]")
print(log)
print(list(door), door.state == "opened", door.state == State("opened"), door.state != 3)
print({State("a"), State("a"), State("b")} == {State("b"), State("a")})
try:
    door.fire("close", key=1)
except TypeError as e:
    print("TypeError:", e)

def tokenize_states(text):
    state = "start"
    tok = ""
    for ch in text + " ":
        if state == "start":
            if ch.isdigit():
                state, tok = "num", ch
            elif ch.isalpha():
                state, tok = "word", ch
            elif not ch.isspace():
                yield ("op", ch)
        elif state == "num":
            if ch.isdigit():
                tok += ch
            else:
                yield ("num", int(tok))
                state = "start"
                if ch.isalpha():
                    state, tok = "word", ch
                elif not ch.isspace():
                    yield ("op", ch)
        elif state == "word":
            if ch.isalnum():
                tok += ch
            else:
                yield ("word", tok)
                state = "start"
                if not ch.isspace():
                    yield ("op", ch)
print(list(tokenize_states("x1 = 42+y*(3 - z2)")))
