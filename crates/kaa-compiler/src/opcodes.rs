//! The opcode table: the single place every kaa instruction is defined (name, operand meaning,
//! stack effect, one doc line). The `Op` enum, its decoding from `u8`, the disassembler's names
//! and the stack-depth computation all come from this one `opcodes!` invocation, so adding an
//! opcode touches this table, its VM handler and its emitter. The instruction set follows
//! CPython 3.11's in spirit (stack machine, `PUSH_NULL`/`CALL` calling convention, zero-cost
//! exception table) but the encoding is kaa's own: see `Instr`.

/// One instruction: opcode, a 24-bit operand space is not needed — the operand is a full
/// `u32`, so there is no `EXTENDED_ARG`. `cache` numbers the instruction's inline-cache slot
/// (0 = none); the VM keeps the slots beside the code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub cache: u16,
    pub arg: u32,
}

/// Stack effect of an instruction: either fixed, or computed from its operand.
#[derive(Clone, Copy)]
pub enum Effect {
    Fixed(i32),
    Arg(fn(u32) -> i32),
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident ($effect:expr, $jump:literal) ),* $(,)?) => {
        /// Every kaa opcode. See the table in this file for operand meaning and stack effect.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name ),* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }

            /// Net change of the stack depth when the instruction falls through.
            pub fn stack_effect(self, arg: u32) -> i32 {
                let e: Effect = match self { $(Op::$name => $effect),* };
                match e { Effect::Fixed(n) => n, Effect::Arg(f) => f(arg) }
            }

            /// True when the operand is an absolute jump target (instruction index).
            pub fn is_jump(self) -> bool {
                match self { $(Op::$name => $jump),* }
            }

            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
        }
    };
}

use Effect::{Arg, Fixed};

opcodes! {
    /// Do nothing (kept for line-number anchoring).
    Nop(Fixed(0), false),
    /// Pop and discard TOS.
    PopTop(Fixed(-1), false),
    /// Push the internal NULL marker (for the `CALL` convention).
    PushNull(Fixed(1), false),
    /// Push a copy of the arg-th item from the top (1 = TOS).
    Copy(Fixed(1), false),
    /// Swap TOS with the arg-th item from the top.
    Swap(Fixed(0), false),
    /// Push `consts[arg]`.
    LoadConst(Fixed(1), false),
    /// Push fast local `arg`; UnboundLocalError if unbound.
    LoadFast(Fixed(1), false),
    /// Store TOS into fast local `arg`.
    StoreFast(Fixed(-1), false),
    /// Unbind fast local `arg`; UnboundLocalError if unbound.
    DeleteFast(Fixed(0), false),
    /// Push the contents of cell/free slot `arg` (index into cells then frees).
    LoadDeref(Fixed(1), false),
    /// Store TOS into cell/free slot `arg`.
    StoreDeref(Fixed(-1), false),
    /// Empty cell/free slot `arg`.
    DeleteDeref(Fixed(0), false),
    /// Push the cell object itself of cell/free slot `arg` (to build a closure).
    LoadClosureCell(Fixed(1), false),
    /// Class body: look `names`-free name up in the locals mapping first, then the cell `arg`.
    LoadClassDeref(Fixed(1), false),
    /// Push `names[arg]` from locals, globals, builtins.
    LoadName(Fixed(1), false),
    StoreName(Fixed(-1), false),
    DeleteName(Fixed(0), false),
    /// Push `names[arg]` from globals then builtins.
    LoadGlobal(Fixed(1), false),
    StoreGlobal(Fixed(-1), false),
    DeleteGlobal(Fixed(0), false),
    /// TOS = getattr(TOS, names[arg]).
    LoadAttr(Fixed(0), false),
    /// setattr(TOS, names[arg], TOS1); pops both.
    StoreAttr(Fixed(-2), false),
    DeleteAttr(Fixed(-1), false),
    /// Replace TOS by (method, self) when names[arg] is a plain method, else by (NULL, attr).
    LoadMethod(Fixed(1), false),
    /// Call with `arg` positional arguments: stack is [NULL|callable, callable|self, args...].
    Call(Arg(|n| -(n as i32) - 1), false),
    /// As Call, but TOS is a tuple of keyword names (the last len(names) arguments).
    CallKw(Arg(|n| -(n as i32) - 2), false),
    /// Call with a tuple (and, if arg & 1, a dict) of arguments: [NULL|f, f|self, args, kwargs?].
    CallEx(Arg(|n| if n & 1 == 1 { -3 } else { -2 }), false),
    /// TOS = TOS1 <binop arg> TOS (`BinOpKind` as u32).
    BinaryOp(Fixed(-1), false),
    /// TOS = TOS1 <cmp arg> TOS (`CmpKind` as u32).
    CompareOp(Fixed(-1), false),
    /// TOS = (TOS1 is TOS), negated when arg == 1.
    IsOp(Fixed(-1), false),
    /// TOS = (TOS1 in TOS), negated when arg == 1.
    ContainsOp(Fixed(-1), false),
    UnaryNegative(Fixed(0), false),
    UnaryPositive(Fixed(0), false),
    UnaryInvert(Fixed(0), false),
    UnaryNot(Fixed(0), false),
    /// TOS = TOS1[TOS].
    BinarySubscr(Fixed(-1), false),
    /// TOS1[TOS] = TOS2.
    StoreSubscr(Fixed(-3), false),
    /// del TOS1[TOS].
    DeleteSubscr(Fixed(-2), false),
    /// Build a slice from 2 or 3 items.
    BuildSlice(Arg(|n| 1 - n as i32), false),
    BuildTuple(Arg(|n| 1 - n as i32), false),
    BuildList(Arg(|n| 1 - n as i32), false),
    BuildSet(Arg(|n| 1 - n as i32), false),
    /// Build a dict from `arg` key/value pairs.
    BuildMap(Arg(|n| 1 - 2 * n as i32), false),
    /// Concatenate `arg` strings.
    BuildString(Arg(|n| 1 - n as i32), false),
    /// Append TOS to the list `arg` items below it (after popping TOS).
    ListAppend(Fixed(-1), false),
    SetAdd(Fixed(-1), false),
    /// Add TOS1: TOS to the dict `arg` items below them.
    MapAdd(Fixed(-2), false),
    ListExtend(Fixed(-1), false),
    SetUpdate(Fixed(-1), false),
    /// `{**a, **b}`: update the dict below with TOS.
    DictUpdate(Fixed(-1), false),
    /// Call keyword merging: like DictUpdate but duplicate keys are a TypeError.
    DictMerge(Fixed(-1), false),
    ListToTuple(Fixed(0), false),
    /// f-string field: arg & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii), arg & 4 = spec on stack.
    FormatValue(Arg(|n| if n & 4 != 0 { -1 } else { 0 }), false),
    /// Unpack TOS into `arg` items, pushed so the first is on top.
    UnpackSequence(Arg(|n| n as i32 - 1), false),
    /// Starred unpack: arg = before | (after << 8).
    UnpackEx(Arg(|n| ((n & 0xff) + (n >> 8)) as i32), false),
    GetIter(Fixed(0), false),
    /// Push next(TOS) or, when exhausted, pop the iterator and jump to `arg`.
    ForIter(Fixed(1), true),
    Jump(Fixed(0), true),
    PopJumpIfFalse(Fixed(-1), true),
    PopJumpIfTrue(Fixed(-1), true),
    PopJumpIfNone(Fixed(-1), true),
    PopJumpIfNotNone(Fixed(-1), true),
    /// If TOS is false jump to `arg` keeping it, else pop it.
    JumpIfFalseOrPop(Fixed(0), true),
    JumpIfTrueOrPop(Fixed(0), true),
    ReturnValue(Fixed(-1), false),
    /// Yield TOS; the value sent in replaces it.
    YieldValue(Fixed(0), false),
    /// `yield from`/`await` setup: TOS = iter(TOS) (generators and coroutines kept as is).
    GetYieldFromIter(Fixed(0), false),
    /// Delegate: send TOS into the subiterator TOS1; on StopIteration pop both, push the value
    /// and jump to `arg`; otherwise replace TOS with the yielded value (then YieldValue).
    Send(Fixed(0), true),
    /// Raise: arg 0 = re-raise the handled exception, 1 = raise TOS, 2 = raise TOS1 from TOS.
    RaiseVarargs(Arg(|n| -(n as i32)), false),
    /// In a handler: push the previous handled exception below the current one and make TOS
    /// the handled exception.
    PushExcInfo(Fixed(1), false),
    /// Pop the handled exception TOS and restore the previous one from it.
    PopExcept(Fixed(-1), false),
    /// Re-raise TOS; when arg is set, first restore `lasti` from the item below it.
    Reraise(Fixed(-1), false),
    /// Push whether TOS1 (an exception) matches the class(es) TOS; pops TOS.
    CheckExcMatch(Fixed(0), false),
    /// `except*`: split the group TOS1 by TOS -> pushes (rest, match).
    CheckEgMatch(Fixed(0), false),
    /// Combine raised/re-raised exceptions of an except* block.
    PrepReraiseStar(Fixed(-1), false),
    /// `with`: replace the context manager TOS by (exit, enter-result).
    BeforeWith(Fixed(1), false),
    /// `async with`: as BeforeWith with __aenter__/__aexit__.
    BeforeAsyncWith(Fixed(1), false),
    /// Call the exit function (4 below TOS) with the exception TOS; push its result.
    WithExceptStart(Fixed(1), false),
    PushAssertionError(Fixed(1), false),
    LoadBuildClass(Fixed(1), false),
    /// Make a function from the code object TOS; arg flags: 1 defaults tuple, 2 kwdefaults
    /// dict, 4 annotations, 8 closure tuple (popped in reverse order below the code).
    MakeFunction(Arg(|n| -((n & 1 != 0) as i32) - ((n & 2 != 0) as i32) - ((n & 4 != 0) as i32) - ((n & 8 != 0) as i32)), false),
    /// import names[arg] with TOS1 = level, TOS = fromlist -> module.
    ImportName(Fixed(-1), false),
    /// Push getattr(TOS, names[arg]) with the from-import fallbacks and messages.
    ImportFrom(Fixed(1), false),
    /// `from TOS import *` into the locals.
    ImportStar(Fixed(-1), false),
    /// Create `__annotations__` in the locals if missing.
    SetupAnnotations(Fixed(0), false),
    /// Push len(TOS).
    GetLen(Fixed(1), false),
    MatchMapping(Fixed(1), false),
    MatchSequence(Fixed(1), false),
    /// Push a tuple of TOS1's values for the keys tuple TOS, or None.
    MatchKeys(Fixed(1), false),
    /// TOS2 subject, TOS1 class, TOS keyword-names tuple -> attribute tuple or None; arg = count
    /// of positional sub-patterns.
    MatchClass(Fixed(-2), false),
    /// Copy dict TOS1 without the keys tuple TOS (for `**rest`).
    CopyDictWithoutKeys(Fixed(0), false),
    /// Interactive mode: print TOS via sys.displayhook.
    PrintExpr(Fixed(-1), false),
    /// Push `locals()` of the frame (class bodies use it for `__classcell__`-free access).
    LoadLocals(Fixed(1), false),
    /// Coroutines: TOS = the awaitable of TOS.
    GetAwaitable(Fixed(0), false),
    GetAiter(Fixed(0), false),
    GetAnext(Fixed(1), false),
    /// End of an `async for`: TOS is the exception; StopAsyncIteration ends the loop.
    EndAsyncFor(Fixed(-2), false),
    /// VM-only superinstructions (never emitted by the compiler): the VM rewrites the
    /// first of a pair of instructions into one of these when it loads a code object, and
    /// executing it performs both, taking the second's operand from the instruction after it
    /// (which stays in place, so jump targets and line and exception tables are unchanged).
    /// `LOAD_FAST a; LOAD_FAST b`.
    LoadFastLoadFast(Fixed(2), false),
    /// `LOAD_FAST a; LOAD_CONST b`.
    LoadFastLoadConst(Fixed(2), false),
    /// `STORE_FAST a; LOAD_FAST b`.
    StoreFastLoadFast(Fixed(0), false),
    /// `STORE_FAST a; STORE_FAST b`.
    StoreFastStoreFast(Fixed(-2), false),
    /// `LOAD_CONST a; LOAD_FAST b`.
    LoadConstLoadFast(Fixed(2), false),
    /// `LOAD_CONST a; BINARY_OP b`: inline numbers computed without pushing the constant.
    LoadConstBinaryOp(Fixed(1), false),
    /// `LOAD_FAST a; LOAD_CONST b; BINARY_OP c` (operands from the two instructions after
    /// it): `x + 1` on inline numbers in one dispatch.
    LoadFastConstBinaryOp(Fixed(2), false),
    /// `PUSH_NULL; LOAD_GLOBAL b` (a call of a global function).
    PushNullLoadGlobal(Fixed(1), false),
    /// `BINARY_OP a; STORE_FAST b`: an inline-number result stored without a dispatch.
    BinaryOpStoreFast(Fixed(-1), false),
    /// `JUMP a` whose target is a `FOR_ITER` (a loop's back edge): the iterator is
    /// advanced here when that needs no call.
    JumpForIter(Fixed(0), true),
    /// `FOR_ITER a; UNPACK_SEQUENCE 2`: an iterator of pairs (enumerate, zip, dict items)
    /// pushes the two halves without making the tuple.
    ForIterUnpackPair(Fixed(1), true),
    /// `LOAD_FAST a; LOAD_ATTR b` (`self.x`): the attribute read from the local in place
    /// when the inline cache holds; otherwise it runs as `LOAD_FAST` and the `LOAD_ATTR`
    /// runs next on its own.
    LoadFastLoadAttr(Fixed(1), false),
    /// `LOAD_FAST a; LOAD_METHOD b` (`obj.method(...)`), as `LoadFastLoadAttr`.
    LoadFastLoadMethod(Fixed(2), false),
    /// `LOAD_FAST a; LOAD_GLOBAL b` (`isinstance(x, int)`'s class, `op == ADD`), the
    /// global pushed when its cache holds; otherwise the `LOAD_GLOBAL` runs next.
    LoadFastLoadGlobal(Fixed(2), false),
    /// `LOAD_FAST a; BINARY_SUBSCR` (`row[i]`): an exact list's item or an exact dict's
    /// value for the local as key, read in place; otherwise it runs as `LOAD_FAST` and the
    /// `BINARY_SUBSCR` runs next on its own.
    LoadFastBinarySubscr(Fixed(0), false),
    /// `LOAD_FAST a; LOAD_CONST b; COMPARE_OP c` (operands from the two instructions after
    /// it): `n < 2` on inline numbers in one dispatch, with the conditional jump after it
    /// taken at once; otherwise it runs as `LOAD_FAST; LOAD_CONST`.
    LoadFastConstCompareOp(Fixed(1), false),
    /// `PUSH_NULL; LOAD_FAST b` (a call of a local function).
    PushNullLoadFast(Fixed(2), false),
    /// `COPY 2; COPY 2`: the container and key of an augmented subscript assignment
    /// (`c[k] += v`) copied for the load, in one dispatch.
    CopyTwo(Fixed(2), false),
    /// `SWAP 3; SWAP 2; STORE_SUBSCR`: the store of an augmented subscript assignment,
    /// `c[k] = v` taken from `c, k, v` as they lie, in one dispatch.
    SwapSwapStoreSubscr(Fixed(-3), false),
}

/// Operand of `BinaryOp`: the operator, in-place forms offset by `INPLACE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Xor,
    Or,
}

impl BinOpKind {
    pub const INPLACE: u32 = 16;
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::MatMul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::And,
        BinOpKind::Xor,
        BinOpKind::Or,
    ];

    pub fn from_u32(n: u32) -> Option<(BinOpKind, bool)> {
        let inplace = n & Self::INPLACE != 0;
        Self::ALL
            .get((n & !Self::INPLACE) as usize)
            .map(|k| (*k, inplace))
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+",
            BinOpKind::Sub => "-",
            BinOpKind::Mul => "*",
            BinOpKind::MatMul => "@",
            BinOpKind::TrueDiv => "/",
            BinOpKind::FloorDiv => "//",
            BinOpKind::Mod => "%",
            BinOpKind::Pow => "**",
            BinOpKind::LShift => "<<",
            BinOpKind::RShift => ">>",
            BinOpKind::And => "&",
            BinOpKind::Xor => "^",
            BinOpKind::Or => "|",
        }
    }
}

/// Operand of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub const ALL: [CmpKind; 6] = [
        CmpKind::Lt,
        CmpKind::Le,
        CmpKind::Eq,
        CmpKind::Ne,
        CmpKind::Gt,
        CmpKind::Ge,
    ];

    pub fn from_u32(n: u32) -> Option<CmpKind> {
        Self::ALL.get(n as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Eq => CmpKind::Eq,
            CmpKind::Ne => CmpKind::Ne,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
        }
    }
}
