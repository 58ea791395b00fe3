from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        try:
            self.state = TRANSITIONS[self.state, event]
        except KeyError:
            raise ValueError(f"bad event {event!r} in {self.state.name}") from None
        self.history.append(self.state)
        return self

m = Machine().fire("start").fire("pause").fire("resume").fire("stop")
print(" -> ".join(s.name for s in m.history))
