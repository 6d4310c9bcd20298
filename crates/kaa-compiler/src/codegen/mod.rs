//! Code generation: walks kaa's AST with the symbol table and emits instructions into code
//! units, one per scope (module, class body, function, lambda, comprehension), mirroring
//! CPython 3.11's compiler: the same scoping of name operations, the same frame-block
//! unwinding for `return`/`break`/`continue` through `finally` and `with`, and the same
//! positions recorded per instruction. This file holds the unit state and the emission
//! primitives; statements, expressions and patterns live beside it; `assemble` turns a unit
//! into a `CodeObject`.

mod assemble;
mod expr;
mod pattern;
mod stmt;

use crate::code::{CodeFlags, CodeObject, ConstValue};
use crate::opcodes::{Instr, Op};
use crate::symtable::{self, Resolved, ScopeKind, SymbolTable};
use crate::CompileError;
use kaa_syntax::ast::*;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A jump target, resolved to an instruction index when the unit is assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An exception handler region opened by the code generator.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    pub label: Label,
    /// Index of the first instruction inside the region: the handler's stack depth is the
    /// depth before that instruction, plus `adjust`.
    pub setup_at: usize,
    pub adjust: i32,
}

/// CPython's frame blocks: what must be undone when `return`, `break` or `continue` leaves
/// a block early.
#[derive(Clone, Debug)]
pub(crate) enum FBlock {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    /// Inside `try:` of a try/except: the handler region must be closed.
    TryExcept,
    /// Inside `try:` of a try/finally: run the final body on the way out.
    FinallyTry {
        body: Rc<Vec<Stmt>>,
    },
    /// Inside the exceptional copy of a final body: the saved exception is on the stack.
    FinallyEnd,
    /// Inside a `with` body: call `__exit__(None, None, None)` on the way out.
    With {
        is_async: bool,
        loc: Loc,
    },
    /// Inside an except handler: restore the previously handled exception.
    HandlerCleanup {
        name: Option<String>,
    },
    /// A value (the return value while a final body runs) sits on the stack.
    PopValue,
    /// Inside the body of an `except*` clause, which break, continue and return cannot leave.
    ExceptStarHandler,
}

pub(crate) struct Unit {
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Loc>,
    /// The handler (index into `handlers`) active at each instruction.
    pub instr_handler: Vec<Option<u32>>,
    pub consts: Vec<ConstValue>,
    pub names: Vec<String>,
    names_index: FxHashMap<String, u32>,
    pub varnames: Vec<String>,
    varnames_index: FxHashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub labels: Vec<Option<u32>>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<u32>,
    pub fblocks: Vec<FBlock>,
    pub loc: Loc,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstlineno: u32,
    /// Class name for private-name mangling.
    pub private: Option<String>,
    pub ncaches: u32,
}

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: String,
    /// The same name shared by every code object of the compilation.
    filename_rc: Rc<str>,
    pub units: Vec<Unit>,
    pub interactive: bool,
    /// Nesting depth of expressions/statements, against stack overflow.
    pub depth: u32,
}

/// CPython refuses deeper nesting with "too many statically nested blocks".
const MAX_BLOCKS: usize = 20;
/// Beyond this AST depth the compiler reports a RecursionError, as CPython does.
const MAX_DEPTH: u32 = 2000;

pub(crate) fn compile_module(
    module: &Module,
    filename: &str,
    interactive: bool,
) -> Result<Rc<CodeObject>, CompileError> {
    let st = symtable::build(module, filename)?;
    let mut c = Compiler {
        st: &st,
        filename: filename.to_string(),
        filename_rc: Rc::from(filename),
        units: Vec::new(),
        interactive,
        depth: 0,
    };
    c.enter_unit(0, "<module>", "<module>", 1, None);
    c.module_prologue(&module.body);
    c.body_with_docstring(&module.body, false)?;
    c.emit_const_return_none();
    c.exit_unit()
}

pub(crate) fn compile_expression(
    expr: &Expr,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    let st = symtable::build_expr(expr, filename)?;
    let mut c = Compiler {
        st: &st,
        filename: filename.to_string(),
        filename_rc: Rc::from(filename),
        units: Vec::new(),
        interactive: false,
        depth: 0,
    };
    c.enter_unit(0, "<module>", "<module>", 1, None);
    c.expr(expr)?;
    c.emit(Op::ReturnValue, 0);
    c.exit_unit()
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit {
        // A unit is always open while code is generated (enter_unit precedes any emission).
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    pub fn ur(&self) -> &Unit {
        &self.units[self.units.len() - 1]
    }

    pub fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError::syntax(msg, &self.filename, loc)
    }

    pub fn enter_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        firstlineno: u32,
        private: Option<String>,
    ) {
        let s = &self.st.scopes[scope];
        let mut varnames = Vec::new();
        let mut varnames_index = FxHashMap::default();
        for p in &s.params {
            varnames_index.insert(p.clone(), varnames.len() as u32);
            varnames.push(p.clone());
        }
        let mut flags = 0;
        if matches!(
            s.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            if s.parent
                .is_some_and(|p| self.st.scopes[p].kind != ScopeKind::Module)
            {
                flags |= CodeFlags::NESTED;
            }
        }
        if s.is_generator && s.is_coroutine {
            flags |= CodeFlags::ASYNC_GENERATOR;
        } else if s.is_generator {
            flags |= CodeFlags::GENERATOR;
        } else if s.is_coroutine {
            flags |= CodeFlags::COROUTINE;
        }
        if s.has_varargs {
            flags |= CodeFlags::VARARGS;
        }
        if s.has_varkw {
            flags |= CodeFlags::VARKEYWORDS;
        }
        let private = private.or_else(|| self.units.last().and_then(|u| u.private.clone()));
        self.units.push(Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            locs: Vec::new(),
            instr_handler: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            names_index: FxHashMap::default(),
            varnames,
            varnames_index,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            loc: Loc {
                lineno: firstlineno,
                ..Loc::default()
            },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            firstlineno,
            private,
            ncaches: 0,
        });
    }

    pub fn exit_unit(&mut self) -> Result<Rc<CodeObject>, CompileError> {
        let Some(unit) = self.units.pop() else {
            return Err(CompileError::Recursion);
        };
        Ok(Rc::new(assemble::assemble(unit, &self.filename_rc)))
    }

    pub fn scope(&self) -> &symtable::Scope {
        &self.st.scopes[self.ur().scope]
    }

    // ---- emission -------------------------------------------------------------------

    pub fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.u();
        let cache = if matches!(
            op,
            Op::LoadAttr
                | Op::StoreAttr
                | Op::LoadMethod
                | Op::LoadGlobal
                | Op::LoadName
                | Op::BinaryOp
        ) {
            u.ncaches += 1;
            u.ncaches.min(u16::MAX as u32) as u16
        } else {
            0
        };
        u.instrs.push(Instr { op, cache, arg });
        u.locs.push(u.loc);
        let h = u.handler_stack.last().copied();
        u.instr_handler.push(h);
        u.instrs.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    pub fn jump(&mut self, op: Op, l: Label) {
        debug_assert!(op.is_jump());
        self.emit(op, l.0);
    }

    /// Opens an exception-handler region jumping to `label`; the handler runs with the
    /// stack at the current depth plus `adjust`.
    pub fn push_handler(&mut self, label: Label, adjust: i32) {
        let u = self.u();
        let setup_at = u.instrs.len();
        u.handlers.push(Handler {
            label,
            setup_at,
            adjust,
        });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    pub fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    pub fn set_loc(&mut self, loc: Loc) -> Loc {
        std::mem::replace(&mut self.u().loc, loc)
    }

    pub fn add_const(&mut self, c: ConstValue) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|x| x.same(&c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: ConstValue) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    pub fn emit_const_return_none(&mut self) {
        self.load_const(ConstValue::None);
        self.emit(Op::ReturnValue, 0);
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.names_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.names_index.insert(name.to_string(), i);
        i
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.varnames_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.varnames_index.insert(name.to_string(), i);
        i
    }

    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Emits the load, store or delete of a name with the operation CPython's compiler picks
    /// for the name's scope.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> Result<(), CompileError> {
        if name == "__debug__" && ctx != Ctx::Load {
            let what = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            let loc = self.ur().loc;
            return Err(self.err(format!("cannot {what} __debug__"), loc));
        }
        let mangled = self.mangle(name);
        let kind = self.ur().kind;
        let res = self.scope().lookup(&mangled);
        // `__class__` inside a method resolves to its implicit cell.
        enum How {
            Fast,
            Deref,
            ClassDeref,
            Global,
            Name,
        }
        let how = match res {
            Some(Resolved::Free) => {
                if kind == ScopeKind::Class && ctx == Ctx::Load {
                    How::ClassDeref
                } else {
                    How::Deref
                }
            }
            Some(Resolved::Cell) => How::Deref,
            Some(Resolved::Local) => match kind {
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => How::Fast,
                _ => How::Name,
            },
            Some(Resolved::GlobalExplicit) => How::Global,
            Some(Resolved::GlobalImplicit) | None => match kind {
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => How::Global,
                _ => How::Name,
            },
        };
        match how {
            How::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            How::Deref | How::ClassDeref => {
                let Some(i) = self.deref_index(&mangled) else {
                    // Should not happen: fall back to a name lookup.
                    let i = self.name_index(&mangled);
                    self.emit(Op::LoadName, i);
                    return Ok(());
                };
                let op = match (ctx, matches!(how, How::ClassDeref)) {
                    (Ctx::Load, true) => {
                        // LoadClassDeref needs the name too: it is found via the cell index.
                        Op::LoadClassDeref
                    }
                    (Ctx::Load, false) => Op::LoadDeref,
                    (Ctx::Store, _) => Op::StoreDeref,
                    (Ctx::Del, _) => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            How::Global => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                self.emit(op, i);
            }
            How::Name => {
                let i = self.name_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    pub fn push_fblock(&mut self, b: FBlock, loc: Loc) -> Result<(), CompileError> {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.err("too many statically nested blocks", loc));
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    pub fn enter_nesting(&mut self) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::Recursion);
        }
        Ok(())
    }

    pub fn leave_nesting(&mut self) {
        self.depth -= 1;
    }

    /// Compiles a body, storing a leading string constant as `__doc__` when asked (modules
    /// and classes; functions keep it as `co_consts[0]`).
    pub fn body_with_docstring(
        &mut self,
        body: &[Stmt],
        is_class: bool,
    ) -> Result<(), CompileError> {
        let mut rest = body;
        if let Some(first) = body.first() {
            if let StmtKind::Expr(e) = &first.kind {
                if let ExprKind::Constant(Constant::Str(s)) = &e.kind {
                    if !self.interactive {
                        let saved = self.set_loc(first.loc);
                        self.load_const(ConstValue::Str(Rc::from(s.as_str())));
                        let _ = is_class;
                        self.name_op("__doc__", Ctx::Store)?;
                        self.set_loc(saved);
                        rest = &body[1..];
                    }
                }
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Builds a function object for a nested scope's code: defaults, kw-defaults,
    /// annotations and the closure must already be on the stack per `flags`.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                // Free variables of the child are cells or frees of this unit (or, in a class
                // body, the class's own free/cell slots).
                let idx = self.deref_index(name).unwrap_or(0);
                // Push the cell object itself.
                self.emit(Op::LoadClosureCell, idx);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(ConstValue::Code(code));
        self.emit(Op::MakeFunction, flags);
    }
}
