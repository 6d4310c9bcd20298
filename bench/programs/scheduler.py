# A task scheduler in the style of the Richards benchmark (written from
# scratch for kaa): prioritised tasks on a linked list, packets passed
# between an idle task, a worker, two handlers and two devices, with
# hold / release / wait operations.  Exercises method calls, attribute
# access on small objects, linked-list manipulation and branching.

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_WORK = 0
KIND_DEVICE = 1


class Packet:
    def __init__(self, kind, link=None):
        self.link = link
        self.kind = kind
        self.sender = -1
        self.count = 0
        self.datum = 0
        self.data = [0, 0, 0, 0]


def enqueue(pkt, queue):
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None
        sched.add(self)

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.ch = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_A if self.dest == HANDLER_B else HANDLER_B
        pkt.count = 0
        data = pkt.data
        for i in range(4):
            self.ch += 1
            if self.ch > 26:
                self.ch = 1
            data[i] = self.ch
        return self.sched.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, device):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.device = device
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = enqueue(pkt, self.work)
            else:
                self.devices = enqueue(pkt, self.devices)
        w = self.work
        if w is not None:
            c = w.count
            if c < 4:
                d = self.devices
                if d is not None:
                    self.devices = d.link
                    d.datum = w.data[c]
                    w.count = c + 1
                    return self.sched.send(d, self.device)
            else:
                self.work = w.link
                return self.sched.send(w, WORKER)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.pending = None
        self.output = 0

    def run(self, pkt):
        if pkt is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(p, p.sender)
        self.pending = pkt
        self.output = (self.output * 31 + pkt.datum) & 0xFFFFFF
        return self.sched.hold()


class Scheduler:
    def __init__(self):
        self.head = None
        self.tasks = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the list sorted by descending priority.
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt, ident):
        t = self.tasks[ident]
        self.queue_count += 1
        pkt.sender = self.current.ident
        t.queue = enqueue(pkt, t.queue)
        if t.priority > self.current.priority:
            return t
        return self.current

    def schedule(self):
        t = self.head
        while t is not None:
            if t.held or (t.waiting and t.queue is None):
                t = t.next
                continue
            pkt = None
            if t.waiting:
                pkt = t.queue
                t.queue = pkt.link
                t.waiting = False
            self.current = t
            self.switches += 1
            t = t.run(pkt)


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    WorkerTask(s, Packet(KIND_WORK, Packet(KIND_WORK)))
    HandlerTask(s, HANDLER_A, 2000,
                Packet(KIND_DEVICE, Packet(KIND_DEVICE, Packet(KIND_DEVICE))), DEVICE_A)
    HandlerTask(s, HANDLER_B, 3000,
                Packet(KIND_DEVICE, Packet(KIND_DEVICE, Packet(KIND_DEVICE))), DEVICE_B)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    out = s.tasks[DEVICE_A].output ^ (s.tasks[DEVICE_B].output << 1)
    return s.queue_count, s.hold_count, s.switches, out


def main():
    total = 0
    for i in range(20):
        q, h, sw, out = run_once(10000)
        total += q + h + sw + out
    print("queue", q, "hold", h, "switches", sw, "out", out)
    print("checksum", total)


main()
