import contextlib, sys
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
    def getvalue(self): return ''.join(self.parts)
    def __enter__(self): return self
    def __exit__(self, *a): pass
from contextlib import contextmanager, closing, suppress, redirect_stdout, redirect_stderr, ExitStack, nullcontext, AbstractContextManager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t: print("body", t)
try:
    with tag("b"): raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try: yield
    except KeyError: print("swallowed")
with swallow(): raise KeyError(1)
print("after swallow")
@tag("deco")
def decorated(): print("in decorated")
decorated(); decorated()
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with suppress(ZeroDivisionError): 1/0
print("suppressed ok")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print("not suppressed")
buf = Buf()
with redirect_stdout(buf): print("hidden")
print("captured:", repr(buf.getvalue()))
with ExitStack() as stack:
    for i in range(3): stack.callback(print, "cb", i)
    stack.enter_context(tag("x"))
    print("stack body")
def cb_raise(*a): raise ValueError("from exit")
try:
    with ExitStack() as st:
        st.push(lambda *a: print("exit pushed", a[0]))
        st.callback(cb_raise)
        raise KeyError("orig")
except ValueError as e:
    print("VE", e, type(e.__context__).__name__)
with ExitStack() as st:
    st.push(lambda *a: True)
    raise KeyError("suppressed by push")
print("after suppress push")
try: ExitStack().enter_context(1)
except TypeError as e: print(e)
with nullcontext(5) as v: print(v)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Buf, AbstractContextManager))
st2 = ExitStack(); st2.callback(print, "popped later"); s3 = st2.pop_all(); st2.close(); print("closing s3"); s3.close()
@contextmanager
def gen_stop():
    yield
try:
    with gen_stop(): raise StopIteration("si")
except StopIteration as e: print("StopIteration passes", e)
