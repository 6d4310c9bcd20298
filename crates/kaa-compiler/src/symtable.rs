//! The symbol table: CPython 3.11's scoping rules. A first pass records, per scope, every name
//! bound, used, declared `global`/`nonlocal`, or a parameter; a second pass resolves each name
//! to local, global (explicit or implicit), free or cell, exactly as CPython's `symtable.c`
//! documents them: class scopes are invisible to nested functions, comprehensions are nested
//! functions (their first iterable belongs to the enclosing scope), walrus targets inside a
//! comprehension bind in the nearest enclosing function, and methods that use `super` or
//! `__class__` get the implicit `__class__` cell of their class. The symbol-table
//! `SyntaxError`s (`'return' outside function`, misplaced `nonlocal`...) are raised here or by
//! the code generator, with CPython's wording.

use crate::CompileError;
use kaa_syntax::ast::*;
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// How a name is reached from a scope once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub const DEF_LOCAL: u16 = 1;
pub const DEF_PARAM: u16 = 2;
pub const DEF_GLOBAL: u16 = 4;
pub const DEF_NONLOCAL: u16 = 8;
pub const USE: u16 = 16;
pub const DEF_IMPORT: u16 = 32;
/// A comprehension iteration variable.
pub const DEF_COMP_ITER: u16 = 64;
pub const DEF_ANNOT: u16 = 128;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their flags.
    pub flags: Vec<(String, u16)>,
    index: FxHashMap<String, usize>,
    /// Names declared global/nonlocal with the line of the declaration (for error messages).
    pub resolved: FxHashMap<String, Resolved>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// The function uses `super` or `__class__` (needs the class cell).
    pub needs_class_cell: bool,
    /// A class scope whose methods need `__class__`.
    pub has_class_cell: bool,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// For a class: `__classdict__`-free; true when a nested scope is a comprehension that
    /// binds with walrus (error); unused otherwise.
    pub comp_inlined: bool,
    /// Cell names in CPython's order (sorted, as co_cellvars).
    pub cellvars: Vec<String>,
    /// Free names in CPython's order (sorted, as co_freevars).
    pub freevars: Vec<String>,
    pub lineno: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, lineno: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            flags: Vec::new(),
            index: FxHashMap::default(),
            resolved: FxHashMap::default(),
            children: Vec::new(),
            parent,
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_class_cell: false,
            has_varargs: false,
            has_varkw: false,
            comp_inlined: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            lineno,
        }
    }

    pub fn flag(&self, name: &str) -> u16 {
        self.index.get(name).map(|&i| self.flags[i].1).unwrap_or(0)
    }

    pub fn lookup(&self, name: &str) -> Option<Resolved> {
        self.resolved.get(name).copied()
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// All scopes of a module; scope 0 is the module. Nested scopes are found by the address of
/// the AST node that opens them.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: FxHashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, usize>,
    stack: Vec<usize>,
    filename: String,
    /// The innermost class name, for private-name mangling.
    class_names: Vec<Option<String>>,
    /// Nesting of comprehension iteration targets being visited (walrus rules).
    in_comp_iter_target: bool,
}

/// Applies CPython's private name mangling (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(cls) = class_name else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

pub fn build(module: &Module, filename: &str) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, 0)],
        by_node: FxHashMap::default(),
        stack: vec![0],
        filename: filename.to_string(),
        class_names: vec![None],
        in_comp_iter_target: false,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    b.analyze()?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

/// Builds the table for a single expression (`eval` mode).
pub fn build_expr(expr: &Expr, filename: &str) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, 0)],
        by_node: FxHashMap::default(),
        stack: vec![0],
        filename: filename.to_string(),
        class_names: vec![None],
        in_comp_iter_target: false,
    };
    b.expr(expr)?;
    b.analyze()?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn cur_idx(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError::syntax(msg, &self.filename, loc)
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().and_then(|c| c.as_deref()), name)
    }

    fn add(&mut self, name: &str, flag: u16, loc: Loc) -> Result<(), CompileError> {
        let name = self.mangled(name);
        let scope = self.cur();
        let old = scope.flag(&name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(self.err(msg, loc));
        }
        let scope = self.cur();
        match scope.index.get(&name) {
            Some(&i) => scope.flags[i].1 |= flag,
            None => {
                scope.index.insert(name.clone(), scope.flags.len());
                scope.flags.push((name, flag));
            }
        }
        Ok(())
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str, lineno: u32) -> usize {
        let parent = self.cur_idx();
        let idx = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(parent), lineno));
        self.scopes[parent].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        self.stack.push(idx);
        idx
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add(&f.name, DEF_LOCAL, s.loc)?;
                self.args_defaults(&f.args)?;
                self.exprs(&f.decorator_list)?;
                self.annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                let kind = ScopeKind::Function;
                self.push_scope(s, kind, &f.name, s.loc.lineno);
                self.cur().is_coroutine = f.is_async;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                self.add(&c.name, DEF_LOCAL, s.loc)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                self.push_scope(s, ScopeKind::Class, &c.name, s.loc.lineno);
                self.class_names.push(Some(c.name.clone()));
                self.stmts(&c.body)?;
                self.class_names.pop();
                self.pop_scope();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let name = self.mangled(id);
                    let cur = self.cur_idx();
                    let f = self.scopes[cur].flag(&name);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let which = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            format!("annotated name '{name}' can't be {which}"),
                            target.loc,
                        ));
                    }
                    if *simple {
                        self.add(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", s.loc));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.add(&bound, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let name = self.mangled(n);
                    let cur = self.cur_idx();
                    let f = self.scopes[cur].flag(&name);
                    if f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if f & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if f & DEF_NONLOCAL != 0 {
                            format!("name '{name}' is nonlocal and global")
                        } else if f & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else if f & DEF_LOCAL != 0 {
                            format!("name '{name}' is assigned to before global declaration")
                        } else {
                            format!("name '{name}' is used prior to global declaration")
                        };
                        return Err(self.err(msg, s.loc));
                    }
                    if f & DEF_NONLOCAL != 0 {
                        return Err(
                            self.err(format!("name '{name}' is nonlocal and global"), s.loc)
                        );
                    }
                    self.add(n, DEF_GLOBAL, s.loc)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", s.loc));
                }
                for n in names {
                    let name = self.mangled(n);
                    let cur = self.cur_idx();
                    let f = self.scopes[cur].flag(&name);
                    if f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_GLOBAL) != 0 {
                        let msg = if f & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if f & DEF_GLOBAL != 0 {
                            format!("name '{name}' is nonlocal and global")
                        } else if f & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else if f & DEF_LOCAL != 0 {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        };
                        return Err(self.err(msg, s.loc));
                    }
                    self.add(n, DEF_NONLOCAL, s.loc)?;
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, a: &Arguments) -> Result<(), CompileError> {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments) -> Result<(), CompileError> {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.iter())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.iter());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> Result<(), CompileError> {
        let mut names = Vec::new();
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add(&arg.arg, DEF_PARAM, arg.loc)?;
            names.push(self.mangled(&arg.arg));
        }
        if let Some(v) = &a.vararg {
            self.add(&v.arg, DEF_PARAM, v.loc)?;
            names.push(self.mangled(&v.arg));
            self.cur().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add(&k.arg, DEF_PARAM, k.loc)?;
            names.push(self.mangled(&k.arg));
            self.cur().has_varkw = true;
        }
        self.cur().params = names;
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.args_defaults(args)?;
                self.push_scope(e, ScopeKind::Lambda, "lambda", e.loc.lineno);
                self.params(args)?;
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(es) => self.exprs(es)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "listcomp",
                    ExprKind::SetComp { .. } => "setcomp",
                    _ => "genexpr",
                };
                let is_gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
                self.comprehension(e, name, generators, is_gen, |b| b.expr(elt))?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(e, "dictcomp", generators, false, |b| {
                    b.expr(key)?;
                    b.expr(value)
                })?;
            }
            ExprKind::Await(v) => {
                let idx = self.cur_idx();
                match self.scopes[idx].kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.err("'await' outside function", e.loc));
                    }
                    ScopeKind::Function | ScopeKind::Lambda => {
                        if !self.scopes[idx].is_coroutine {
                            return Err(self.err("'await' outside async function", e.loc));
                        }
                    }
                    ScopeKind::Comprehension => {}
                }
                self.expr(v)?
            }
            ExprKind::Yield(v) => {
                self.mark_yield(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.loc)?;
                if self.cur().is_coroutine {
                    return Err(self.err("'yield from' inside async function", e.loc));
                }
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(vs) => self.exprs(vs)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = match ctx {
                    Ctx::Load => USE,
                    Ctx::Store | Ctx::Del => DEF_LOCAL,
                };
                let flag = if self.in_comp_iter_target && *ctx == Ctx::Store {
                    flag | DEF_COMP_ITER
                } else {
                    flag
                };
                self.add(id, flag, e.loc)?;
                if *ctx == Ctx::Load && id == "super" {
                    self.mark_class_cell_use();
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        if let ExprKind::Name { id, ctx: Ctx::Load } = &e.kind {
            if id == "__class__" {
                self.mark_class_cell_use();
            }
        }
        Ok(())
    }

    fn mark_class_cell_use(&mut self) {
        let idx = self.cur_idx();
        if self.scopes[idx].is_function_like() {
            self.scopes[idx].needs_class_cell = true;
        }
    }

    fn mark_yield(&mut self, loc: Loc) -> Result<(), CompileError> {
        let idx = self.cur_idx();
        match self.scopes[idx].kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", loc)),
            ScopeKind::Comprehension => {
                let what = match self.scopes[idx].name.as_str() {
                    "listcomp" => "list comprehension",
                    "setcomp" => "set comprehension",
                    "dictcomp" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), loc))
            }
            _ => {
                self.scopes[idx].is_generator = true;
                Ok(())
            }
        }
    }

    /// A walrus target binds in the nearest enclosing non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        let cur = self.cur_idx();
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            return self.add(id, DEF_LOCAL, target.loc);
        }
        if self.in_comp_iter_target {
            let msg = format!(
                "assignment expression cannot rebind comprehension iteration variable '{id}'"
            );
            return Err(self.err(msg, target.loc));
        }
        // Any enclosing comprehension's iteration variable of the same name is an error.
        let mut i = cur;
        loop {
            let s = &self.scopes[i];
            if s.kind != ScopeKind::Comprehension {
                break;
            }
            if s.flag(id) & DEF_COMP_ITER != 0 {
                let msg = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{id}'"
                );
                return Err(self.err(msg, target.loc));
            }
            match s.parent {
                Some(p) => i = p,
                None => break,
            }
        }
        let s = &self.scopes[i];
        match s.kind {
            ScopeKind::Class => Err(self.err(
                "assignment expression within a comprehension cannot be used in a class body",
                target.loc,
            )),
            ScopeKind::Module => {
                // Binds as a global in every comprehension scope between.
                self.add(id, USE, target.loc)?;
                let saved = self.stack.clone();
                self.stack.push(i);
                self.add(id, DEF_LOCAL, target.loc)?;
                self.stack = saved;
                self.mark_comp_binding(cur, i, id, true, target.loc)
            }
            _ => {
                self.add(id, USE, target.loc)?;
                let saved = self.stack.clone();
                self.stack.push(i);
                let f = self.scopes[i].flag(id);
                if f & DEF_GLOBAL == 0 {
                    self.add(id, DEF_LOCAL, target.loc)?;
                }
                self.stack = saved;
                self.mark_comp_binding(cur, i, id, f & DEF_GLOBAL != 0, target.loc)
            }
        }
    }

    /// Comprehensions between `from` (inclusive) and the binding scope `to` see the walrus
    /// name as nonlocal (or global when bound at module level / declared global).
    fn mark_comp_binding(
        &mut self,
        from: usize,
        to: usize,
        id: &str,
        global: bool,
        loc: Loc,
    ) -> Result<(), CompileError> {
        let mut i = from;
        while i != to {
            let saved = self.stack.clone();
            self.stack.push(i);
            self.add(id, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, loc)?;
            self.stack = saved;
            match self.scopes[i].parent {
                Some(p) => i = p,
                None => break,
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        gens: &[Comprehension],
        is_gen: bool,
        elt: impl FnOnce(&mut Builder) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let idx = self.push_scope(node, ScopeKind::Comprehension, name, node.loc.lineno);
        if is_gen {
            self.scopes[idx].is_generator = true;
        }
        if first.is_async {
            self.scopes[idx].is_coroutine = true;
        }
        // The implicit parameter `.0` receives the iterator.
        self.add(".0", DEF_PARAM, node.loc)?;
        self.scopes[idx].params = vec![".0".to_string()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.in_comp_iter_target = true;
            let r = self.expr(&g.target);
            self.in_comp_iter_target = false;
            r?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        elt(self)?;
        self.pop_scope();
        Ok(())
    }

    // ---- analysis -------------------------------------------------------------------

    fn analyze(&mut self) -> Result<(), CompileError> {
        self.analyze_scope(0, &[], &[])?;
        Ok(())
    }

    /// Resolves names in scope `idx`. `bound` lists names bound in enclosing function scopes
    /// (visible as free variables); `globals` lists names declared global in enclosing scopes.
    /// Returns the set of free names the scope (and its children) need from outside.
    fn analyze_scope(
        &mut self,
        idx: usize,
        bound: &[String],
        globals: &[String],
    ) -> Result<Vec<String>, CompileError> {
        let kind = self.scopes[idx].kind;
        let names: Vec<(String, u16)> = self.scopes[idx].flags.clone();
        let mut local: Vec<String> = Vec::new();
        let mut new_globals: Vec<String> = globals.to_vec();
        let mut resolved: FxHashMap<String, Resolved> = FxHashMap::default();
        let mut free_needed: Vec<String> = Vec::new();

        for (name, f) in &names {
            if f & DEF_GLOBAL != 0 {
                resolved.insert(name.clone(), Resolved::GlobalExplicit);
                if !new_globals.contains(name) {
                    new_globals.push(name.clone());
                }
                local.retain(|n| n != name);
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    let loc = Loc {
                        lineno: self.scopes[idx].lineno,
                        ..Loc::default()
                    };
                    return Err(self.err(format!("no binding for nonlocal '{name}' found"), loc));
                }
                resolved.insert(name.clone(), Resolved::Free);
                free_needed.push(name.clone());
            } else if f & DEF_BOUND != 0 {
                resolved.insert(name.clone(), Resolved::Local);
                local.push(name.clone());
                new_globals.retain(|n| n != name);
            }
        }

        // Names visible to nested scopes as bindings of enclosing functions.
        let mut child_bound: Vec<String> = bound.to_vec();
        if matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            for n in &local {
                if !child_bound.contains(n) {
                    child_bound.push(n.clone());
                }
            }
            for (n, f) in &names {
                if f & DEF_NONLOCAL != 0 && !child_bound.contains(n) {
                    child_bound.push(n.clone());
                }
            }
        }
        if kind == ScopeKind::Class {
            // Methods see `__class__` as bound in the class (the implicit cell).
            if !child_bound.iter().any(|n| n == "__class__") {
                child_bound.push("__class__".to_string());
            }
        }
        if kind == ScopeKind::Module {
            child_bound.clear();
        }
        let child_globals: Vec<String> = if kind == ScopeKind::Class {
            globals.to_vec()
        } else {
            new_globals.clone()
        };

        let children = self.scopes[idx].children.clone();
        let mut child_free: Vec<String> = Vec::new();
        for c in children {
            let needs_class = self.scopes[c].needs_class_cell;
            let frees = self.analyze_scope(c, &child_bound, &child_globals)?;
            for f in frees {
                if !child_free.contains(&f) {
                    child_free.push(f);
                }
            }
            if needs_class && kind == ScopeKind::Class {
                self.scopes[idx].has_class_cell = true;
            }
        }
        // A function nested in a method that uses super also needs __class__ passed through.
        if kind != ScopeKind::Class && child_free.iter().any(|n| n == "__class__") {
            self.scopes[idx].needs_class_cell = true;
        }

        let mut cells: Vec<String> = Vec::new();
        for f in &child_free {
            if kind == ScopeKind::Class && f == "__class__" {
                self.scopes[idx].has_class_cell = true;
                continue;
            }
            match resolved.get(f) {
                Some(Resolved::Local) if kind != ScopeKind::Class && kind != ScopeKind::Module => {
                    resolved.insert(f.clone(), Resolved::Cell);
                    cells.push(f.clone());
                }
                Some(Resolved::Free) => {}
                Some(Resolved::GlobalExplicit) | Some(Resolved::GlobalImplicit) => {}
                _ => {
                    // Not bound here: pass it through as free (a class or function between).
                    if bound.contains(f) && !free_needed.contains(f) {
                        free_needed.push(f.clone());
                        if kind != ScopeKind::Class || !resolved.contains_key(f) {
                            resolved.entry(f.clone()).or_insert(Resolved::Free);
                        }
                    }
                }
            }
        }
        if self.scopes[idx].needs_class_cell && kind != ScopeKind::Class {
            if !free_needed.iter().any(|n| n == "__class__")
                && bound.iter().any(|n| n == "__class__")
            {
                free_needed.push("__class__".to_string());
            }
            // Only inside a class is there a cell to refer to; elsewhere `super()` finds no
            // `__class__` at run time ("super(): __class__ cell not found").
            if bound.iter().any(|n| n == "__class__") {
                resolved
                    .entry("__class__".to_string())
                    .or_insert(Resolved::Free);
            }
        }

        // Uses not resolved yet: free if an enclosing function binds them, else global.
        for (name, f) in &names {
            if resolved.contains_key(name) {
                continue;
            }
            if f & USE != 0 || f & DEF_ANNOT != 0 {
                if kind != ScopeKind::Module && bound.contains(name) && !globals.contains(name) {
                    resolved.insert(name.clone(), Resolved::Free);
                    if !free_needed.contains(name) {
                        free_needed.push(name.clone());
                    }
                } else if globals.contains(name) && kind != ScopeKind::Module {
                    resolved.insert(name.clone(), Resolved::GlobalExplicit);
                } else {
                    resolved.insert(name.clone(), Resolved::GlobalImplicit);
                }
            }
        }

        cells.sort();
        let mut frees: Vec<String> = resolved
            .iter()
            .filter(|(_, r)| **r == Resolved::Free)
            .map(|(n, _)| n.clone())
            .collect();
        if kind == ScopeKind::Class {
            // In a class, a free name that is also bound locally is looked up with
            // LoadClassDeref; keep them in freevars too.
            for n in &free_needed {
                if !frees.contains(n) {
                    frees.push(n.clone());
                }
            }
        }
        frees.sort();
        if self.scopes[idx].has_class_cell && kind == ScopeKind::Class {
            cells.push("__class__".to_string());
            cells.sort();
        }
        let scope = &mut self.scopes[idx];
        scope.resolved = resolved;
        scope.cellvars = cells;
        scope.freevars = frees;
        Ok(free_needed)
    }
}
