# A small interpreter: a toy imperative language is tokenized, parsed by
# recursive descent into tuples, compiled to a flat bytecode and executed
# by a stack-machine loop.  Exercises string scanning, recursion, tuple
# and list handling and a long-running if/elif dispatch loop.

SOURCE = """
let limit = LIMIT;
let n = 2;
let count = 0;
let total = 0;
while n < limit {
    let d = 2;
    let prime = 1;
    while d * d <= n and prime {
        if n % d == 0 { prime = 0; }
        d = d + 1;
    }
    if prime {
        count = count + 1;
        total = (total + n * count) % 1000003;
    } else {
        total = total - 1;
    }
    n = n + 1;
}
let a = 0;
let b = 1;
let i = 0;
while i < 2000 {
    let t = (a + b) % 1000007;
    a = b;
    b = t;
    i = i + 1;
}
print count;
print total;
print a;
"""

KEYWORDS = ("let", "while", "if", "else", "print", "and", "or", "not")


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch in " \t\n\r":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "!=", "<=", ">="):
                toks.append(("op", two))
                i += 2
            else:
                toks.append(("op", ch))
                i += 1
    toks.append(("eof", None))
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, value):
        t = self.take()
        if t[1] != value:
            raise SyntaxError("expected %r, got %r" % (value, t[1]))
        return t

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        kind, value = self.peek()
        if value == "let":
            self.take()
            name = self.take()[1]
            self.expect("=")
            e = self.expr()
            self.expect(";")
            return ("assign", name, e)
        if value == "while":
            self.take()
            cond = self.expr()
            return ("while", cond, self.block())
        if value == "if":
            self.take()
            cond = self.expr()
            body = self.block()
            orelse = []
            if self.peek()[1] == "else":
                self.take()
                orelse = self.block()
            return ("if", cond, body, orelse)
        if value == "print":
            self.take()
            e = self.expr()
            self.expect(";")
            return ("print", e)
        name = self.take()[1]
        self.expect("=")
        e = self.expr()
        self.expect(";")
        return ("assign", name, e)

    def expr(self):
        left = self.comparison()
        while self.peek()[1] in ("and", "or"):
            op = self.take()[1]
            left = (op, left, self.comparison())
        return left

    def comparison(self):
        left = self.additive()
        while self.peek()[1] in ("<", ">", "<=", ">=", "==", "!="):
            op = self.take()[1]
            left = ("bin", op, left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            left = ("bin", op, left, self.unary())
        return left

    def unary(self):
        kind, value = self.peek()
        if value == "-":
            self.take()
            return ("neg", self.unary())
        if value == "not":
            self.take()
            return ("not", self.unary())
        if value == "(":
            self.take()
            e = self.expr()
            self.expect(")")
            return e
        self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        raise SyntaxError("unexpected %r" % (value,))


PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, GT, LE, GE, EQ, NE, \
    JUMP, JUMP_IF_FALSE, JUMP_IF_FALSE_KEEP, JUMP_IF_TRUE_KEEP, POP, NEG, NOT, PRINT, HALT = range(23)

BINOPS = {"+": ADD, "-": SUB, "*": MUL, "/": DIV, "%": MOD, "<": LT, ">": GT,
          "<=": LE, ">=": GE, "==": EQ, "!=": NE}


class Compiler:
    def __init__(self):
        self.code = []
        self.slots = {}

    def slot(self, name):
        if name not in self.slots:
            self.slots[name] = len(self.slots)
        return self.slots[name]

    def emit(self, op, arg=0):
        self.code.append(op)
        self.code.append(arg)
        return len(self.code) - 1

    def stmts(self, body):
        for s in body:
            self.stmt(s)

    def stmt(self, s):
        kind = s[0]
        if kind == "assign":
            self.expr(s[2])
            self.emit(STORE, self.slot(s[1]))
        elif kind == "while":
            top = len(self.code)
            self.expr(s[1])
            exit_arg = self.emit(JUMP_IF_FALSE)
            self.stmts(s[2])
            self.emit(JUMP, top)
            self.code[exit_arg] = len(self.code)
        elif kind == "if":
            self.expr(s[1])
            else_arg = self.emit(JUMP_IF_FALSE)
            self.stmts(s[2])
            end_arg = self.emit(JUMP)
            self.code[else_arg] = len(self.code)
            self.stmts(s[3])
            self.code[end_arg] = len(self.code)
        elif kind == "print":
            self.expr(s[1])
            self.emit(PRINT)

    def expr(self, e):
        kind = e[0]
        if kind == "num":
            self.emit(PUSH, e[1])
        elif kind == "var":
            self.emit(LOAD, self.slot(e[1]))
        elif kind == "bin":
            self.expr(e[2])
            self.expr(e[3])
            self.emit(BINOPS[e[1]])
        elif kind == "neg":
            self.expr(e[1])
            self.emit(NEG)
        elif kind == "not":
            self.expr(e[1])
            self.emit(NOT)
        elif kind == "and" or kind == "or":
            self.expr(e[1])
            j = self.emit(JUMP_IF_FALSE_KEEP if kind == "and" else JUMP_IF_TRUE_KEEP)
            self.emit(POP)
            self.expr(e[2])
            self.code[j] = len(self.code)


def execute(code, nslots):
    env = [0] * nslots
    stack = []
    out = []
    pc = 0
    steps = 0
    while True:
        op = code[pc]
        arg = code[pc + 1]
        pc += 2
        steps += 1
        if op == LOAD:
            stack.append(env[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            env[arg] = stack.pop()
        elif op == JUMP_IF_FALSE:
            if not stack.pop():
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op <= NE:
            b = stack.pop()
            a = stack.pop()
            if op == ADD:
                r = a + b
            elif op == SUB:
                r = a - b
            elif op == MUL:
                r = a * b
            elif op == DIV:
                r = a // b
            elif op == MOD:
                r = a % b
            elif op == LT:
                r = int(a < b)
            elif op == GT:
                r = int(a > b)
            elif op == LE:
                r = int(a <= b)
            elif op == GE:
                r = int(a >= b)
            elif op == EQ:
                r = int(a == b)
            else:
                r = int(a != b)
            stack.append(r)
        elif op == JUMP_IF_FALSE_KEEP:
            if not stack[-1]:
                pc = arg
        elif op == JUMP_IF_TRUE_KEEP:
            if stack[-1]:
                pc = arg
        elif op == POP:
            stack.pop()
        elif op == NEG:
            stack.append(-stack.pop())
        elif op == NOT:
            stack.append(int(not stack.pop()))
        elif op == PRINT:
            out.append(stack.pop())
        elif op == HALT:
            return out, steps


def main():
    src = SOURCE.replace("LIMIT", "9000")
    toks = None
    tree = None
    for _ in range(100):
        toks = tokenize(src)
        tree = Parser(toks).program()
    c = Compiler()
    c.stmts(tree)
    c.emit(HALT)
    out, steps = execute(c.code, len(c.slots))
    print("tokens", len(toks), "code", len(c.code), "steps", steps)
    print("output", out)
    print("checksum", (sum(out) + steps + len(toks)) % 1000000007)


main()
