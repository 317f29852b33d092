# typing aliases and ABC checks used from several threads at once
import threading
from abc import ABC, abstractmethod
from typing import Dict, List, Optional, Tuple, TypeVar, Generic, Union

T = TypeVar('T')
print(T.__module__, repr(T))


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


class Plugin(ABC):
    @abstractmethod
    def run(self):
        ...


class Echo(Plugin):
    def run(self):
        return 'echo'


Plugin.register(int)
results = [None] * 4


def work(i):
    out = []
    for n in range(200):
        a = List[Dict[str, Tuple[int, ...]]]
        b = Optional[Union[int, str]]
        c = Box[int](n).v
        d = isinstance(n, Plugin) and isinstance(Echo(), Plugin)
        e = not isinstance('s', Plugin)
        out.append((repr(a), repr(b), c == n, d, e))
    results[i] = out


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(r == results[0] for r in results), len(results[0]))
print(results[0][0])
print(List[Dict[str, Tuple[int, ...]]] == List[Dict[str, Tuple[int, ...]]])
