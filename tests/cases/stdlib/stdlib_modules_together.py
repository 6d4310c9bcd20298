import copy, functools, itertools, operator
from collections import defaultdict, Counter, namedtuple, OrderedDict, deque
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional, List, Dict, NamedTuple, Protocol
from contextlib import contextmanager, suppress

class Status(Enum):
    TODO = auto()
    DONE = auto()

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    parent: 'Optional[Task]' = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def slug(self) -> str:
        return self.name.lower().replace(' ', '-')

tasks = [Task(3, 'Write Docs'), Task(1, 'Fix Bug', tags=['urgent']), Task(2, 'Review PR')]
tasks[0].status = Status.DONE
print(sorted(tasks))
print([t.slug for t in tasks], tasks[1].__dict__.keys())
by_status = defaultdict(list)
for t in tasks:
    by_status[t.status].append(t.name)
print(dict(by_status))
print(Counter(t.status for t in tasks).most_common())
print(asdict(tasks[1]))
t2 = copy.deepcopy(tasks[1]); t2.tags.append('x'); print(tasks[1].tags, t2.tags, t2.status is Status.TODO)
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
pts = [Point(3, 4), Point(1), Point(0, 2)]
print(sorted(pts, key=Point.dist), max(pts, key=operator.attrgetter('x')), Point._make([5, 6])._asdict())
print(Task.__annotations__['parent'], Point.__annotations__)
@contextmanager
def section(name):
    print(f'[{name}]')
    yield
    print(f'[/{name}]')
with section('a'), suppress(KeyError):
    {}['x']
@functools.lru_cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(30), ways.cache_info().hits)
od = OrderedDict((k, len(list(g))) for k, g in itertools.groupby('aaabbc'))
print(od, list(itertools.accumulate([1, 2, 3], operator.mul)))
class Greeter(Protocol):
    def greet(self) -> str: ...
dq = deque(maxlen=3)
for i in range(5): dq.append(i)
print(dq, functools.reduce(operator.add, dq))
Pair = namedtuple('Pair', 'a b', defaults=(0,))
print(Pair(1), Pair(1, 2)._replace(a=9), copy.copy(Pair(3)))
print(Status['DONE'], Status(1), [s.name for s in Status], Status.DONE.value)
