# A traffic-light / vending state machine driven by events, using match and enums-by-class.
class State:
    name = "base"
    def on(self, machine, event):
        raise NotImplementedError(f"{type(self).__name__} cannot handle {event!r}")
    def __repr__(self):
        return f"<{self.name}>"

class Idle(State):
    name = "idle"
    def on(self, m, event):
        match event:
            case ("coin", int(v)) if v > 0:
                m.credit += v
                return Paying()
            case ("coin", v):
                raise ValueError(f"bad coin {v!r}")
            case "refund":
                return self
        return super().on(m, event)

class Paying(State):
    name = "paying"
    def on(self, m, event):
        match event:
            case ("coin", int(v)):
                m.credit += v
                return self
            case ("select", item) if item in m.prices:
                price = m.prices[item]
                if m.credit < price:
                    m.log.append(f"need {price - m.credit} more for {item}")
                    return self
                m.credit -= price
                m.log.append(f"vend {item}")
                return Idle() if m.credit == 0 else self
            case ("select", item):
                raise KeyError(item)
            case "refund":
                m.log.append(f"refund {m.credit}")
                m.credit = 0
                return Idle()
        return super().on(m, event)

class Machine:
    def __init__(self, prices):
        self.prices = prices
        self.credit = 0
        self.state = Idle()
        self.log = []
    def feed(self, *events):
        for ev in events:
            before = self.state
            try:
                self.state = self.state.on(self, ev)
            except (ValueError, KeyError) as e:
                self.log.append(f"error {type(e).__name__}: {e}")
            except NotImplementedError as e:
                self.log.append(f"ignored: {e}")
            print(f"{before!r:10} --{str(ev):<18}--> {self.state!r:10} credit={self.credit}")
        return self

m = Machine({"cola": 150, "chips": 75})
m.feed(("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "cola"),
       ("coin", -5), "refund", ("coin", 200), ("select", "water"), ("select", "chips"), "dance", "refund", "refund")
print("\n".join(m.log))

TRANSITIONS = {
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "timer"): "green",
    ("red", "emergency"): "red",
}
def run_light(events, state="green"):
    history = [state]
    for e in events:
        try:
            state = TRANSITIONS[state, e]
        except KeyError:
            state = "red" if e == "emergency" else state
        history.append(state)
    return history
print(" -> ".join(run_light(["timer", "emergency", "timer", "timer", "noop", "timer"])))
counts = {}
for s in run_light(["timer"] * 10):
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))
