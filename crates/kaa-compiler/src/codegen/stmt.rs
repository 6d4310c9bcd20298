//! Statement code generation, following CPython 3.11's compiler: function and class
//! definitions (decorators, defaults, closures, `__build_class__`), assignment forms, loops
//! with `else`, `try`/`except`/`else`/`finally` and `with` over the exception table, imports,
//! `assert`, `raise`, and the unwinding of frame blocks by `return`/`break`/`continue`.

use super::{Compiler, FBlock, Label};
use crate::code::ConstValue;
use crate::opcodes::{BinOpKind, Op};
use crate::symtable::{Resolved, ScopeKind};
use crate::CompileError;
use kaa_syntax::ast::*;
use std::rc::Rc;

pub(crate) fn binop_kind(op: BinOp) -> BinOpKind {
    match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::MatMult => BinOpKind::MatMul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitAnd => BinOpKind::And,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitOr => BinOpKind::Or,
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant (a literal, a signed number,
/// a tuple of such), which changes where a `return` of it is located.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { operand, .. } => is_folded_constant(operand),
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } => elts.iter().all(is_folded_constant),
        _ => false,
    }
}

/// Does a body contain annotated assignments (so `__annotations__` must exist)?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn module_prologue(&mut self, body: &[Stmt]) {
        if find_ann(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
    }

    pub fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.enter_nesting()?;
        let saved = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.set_loc(saved);
        self.leave_nesting();
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(s, v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                if let [t] = targets.as_slice() {
                    if self.swap_assign(t, value)? {
                        return Ok(());
                    }
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(s, target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                if orelse.is_empty() {
                    self.jump_if(test, end, false)?;
                    self.stmts(body)?;
                } else {
                    let else_l = self.new_label();
                    self.jump_if(test, else_l, false)?;
                    self.stmts(body)?;
                    self.jump(Op::Jump, end);
                    self.bind(else_l);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(s, items, 0, body, *is_async),
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // The raise is reported at the asserted expression, as CPython does.
                self.set_loc(test.loc);
                self.emit(Op::PushAssertionError, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 0);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    // The statement's position, so a failing import marks the whole line.
                    let saved = self.set_loc(self.ur().loc);
                    self.load_const(ConstValue::Int(0));
                    self.load_const(ConstValue::None);
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for (k, part) in parts.iter().enumerate().skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Op::ImportFrom, pi);
                                if k + 1 < parts.len() || parts.len() > 1 {
                                    self.emit(Op::Swap, 2);
                                    self.emit(Op::PopTop, 0);
                                }
                            }
                            self.name_op(asname, Ctx::Store)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store)?;
                        }
                    }
                    self.set_loc(saved);
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(ConstValue::Int(*level as i64));
                let fromlist: Vec<ConstValue> = names
                    .iter()
                    .map(|a| ConstValue::Str(Rc::from(a.name.as_str())))
                    .collect();
                self.load_const(ConstValue::Tuple(Rc::from(fromlist)));
                let m = module.clone().unwrap_or_default();
                let i = self.name_index(&m);
                self.emit(Op::ImportName, i);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                // Every name is imported and bound at the statement's position, as CPython
                // 3.11 does: a failing name marks no part of the line.
                for a in names {
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportFrom, i);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(bound, Ctx::Store)?;
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {
                self.emit(Op::Nop, 0);
                Ok(())
            }
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr, 0);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    self.emit(Op::Nop, 0);
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop, 0);
                }
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s.loc),
            StmtKind::Continue => self.continue_stmt(s.loc),
        }
    }

    // ---- definitions ----------------------------------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        // A name declared global in the enclosing scope is qualified from the top.
        if let Some(Resolved::GlobalExplicit) = self.scope().lookup(&self.mangle(name)) {
            return name.to_string();
        }
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults / kw-defaults / annotations for a def or lambda; returns the
    /// MAKE_FUNCTION flags.
    fn function_prelude(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
        annotate: bool,
    ) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                let name = self.mangle(&a.arg);
                self.load_const(ConstValue::Str(Rc::from(name.as_str())));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kw.len() as u32);
            flags |= 2;
        }
        if annotate {
            let mut n = 0;
            let all = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(args.vararg.iter())
                .chain(&args.kwonlyargs)
                .chain(args.kwarg.iter());
            for a in all {
                if let Some(ann) = &a.annotation {
                    let name = self.mangle(&a.arg);
                    self.load_const(ConstValue::Str(Rc::from(name.as_str())));
                    self.expr(ann)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(ConstValue::Str(Rc::from("return")));
                self.expr(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BuildMap, n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    fn function_def(&mut self, s: &Stmt, f: &FunctionDef) -> Result<(), CompileError> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let flags = self.function_prelude(&f.args, f.returns.as_ref(), true)?;
        let Some(scope) = self.st.scope_of(s) else {
            return Err(self.err("internal error: function scope missing", s.loc));
        };
        let qualname = self.qualname_for(&f.name);
        let firstlineno = f
            .decorator_list
            .first()
            .map(|d| d.loc.lineno)
            .unwrap_or(s.loc.lineno);
        self.enter_unit(scope, &f.name, &qualname, firstlineno, None);
        self.set_arg_counts(&f.args);
        // co_consts[0] is the docstring or None, as CPython 3.11 does.
        let mut body: &[Stmt] = &f.body;
        let doc = match body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(d)),
                ..
            })) => Some(d.clone()),
            _ => None,
        };
        match doc {
            Some(d) => {
                self.add_const(ConstValue::Str(Rc::from(d.as_str())));
                body = &body[1..];
            }
            None => {
                self.add_const(ConstValue::None);
            }
        }
        self.u().loc = s.loc;
        self.stmts(body)?;
        self.emit_const_return_none();
        let code = self.exit_unit()?;
        self.make_closure(code, flags);
        for _ in &f.decorator_list {
            self.emit(Op::Call, 0);
        }
        self.name_op(&f.name, Ctx::Store)
    }

    fn class_def(&mut self, s: &Stmt, c: &ClassDef) -> Result<(), CompileError> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        let Some(scope) = self.st.scope_of(s) else {
            return Err(self.err("internal error: class scope missing", s.loc));
        };
        let qualname = self.qualname_for(&c.name);
        let firstlineno = c
            .decorator_list
            .first()
            .map(|d| d.loc.lineno)
            .unwrap_or(s.loc.lineno);
        self.enter_unit(scope, &c.name, &qualname, firstlineno, Some(c.name.clone()));
        self.u().loc = s.loc;
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        self.load_const(ConstValue::Str(Rc::from(qualname.as_str())));
        self.name_op("__qualname__", Ctx::Store)?;
        if find_ann(&c.body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.body_with_docstring(&c.body, true)?;
        let has_cell = self.scope().has_class_cell;
        if has_cell {
            let idx = self
                .ur()
                .cellvars
                .iter()
                .position(|n| n == "__class__")
                .unwrap_or(0);
            self.emit(Op::LoadClosureCell, idx as u32);
            self.emit(Op::Copy, 1);
            self.name_op("__classcell__", Ctx::Store)?;
            self.emit(Op::ReturnValue, 0);
        } else {
            self.emit_const_return_none();
        }
        let code = self.exit_unit()?;
        self.make_closure(code, 0);
        self.load_const(ConstValue::Str(Rc::from(c.name.as_str())));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorator_list {
            self.emit(Op::Call, 0);
        }
        self.name_op(&c.name, Ctx::Store)
    }

    pub fn lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> Result<(), CompileError> {
        let flags = self.function_prelude(args, None, false)?;
        let Some(scope) = self.st.scope_of(e) else {
            return Err(self.err("internal error: lambda scope missing", e.loc));
        };
        let qualname = self.qualname_for("<lambda>");
        self.enter_unit(scope, "<lambda>", &qualname, e.loc.lineno, None);
        self.set_arg_counts(args);
        self.add_const(ConstValue::None);
        self.u().loc = body.loc;
        self.expr(body)?;
        if self.scope().is_generator {
            self.emit(Op::PopTop, 0);
            self.emit_const_return_none();
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, flags);
        Ok(())
    }

    // ---- assignment -----------------------------------------------------------------

    /// `a, b = x, y` (up to three names, no starred item on either side, values not all
    /// constant): the values are left on the stack and reordered with `SWAP` instead of
    /// being packed into a tuple and unpacked again, as CPython's peephole pass turns
    /// `BUILD_TUPLE n; UNPACK_SEQUENCE n` into `SWAP n`. The order of evaluation and of
    /// the stores is the same; only the tuple is gone. Says whether it applied.
    fn swap_assign(&mut self, target: &Expr, value: &Expr) -> Result<bool, CompileError> {
        let (ExprKind::Tuple { elts: names, .. } | ExprKind::List { elts: names, .. }) =
            &target.kind
        else {
            return Ok(false);
        };
        let ExprKind::Tuple { elts: values, .. } = &value.kind else {
            return Ok(false);
        };
        let n = names.len();
        if n == 0
            || n > 3
            || values.len() != n
            || super::expr::has_starred(names)
            || super::expr::has_starred(values)
            || super::expr::fold_tuple(values).is_some()
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        if n > 1 {
            let saved = self.set_loc(target.loc);
            self.emit(Op::Swap, n as u32);
            self.set_loc(saved);
        }
        for t in names {
            self.store_target(t)?;
        }
        Ok(true)
    }

    pub fn store_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        let saved = self.set_loc(t.loc);
        let r = self.store_target_inner(t);
        self.set_loc(saved);
        r
    }

    fn store_target_inner(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let i = self.name_index(&name);
                self.set_loc(t.loc);
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.loc);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack_into(elts, t.loc)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.err(
                "starred assignment target must be in a list or tuple",
                t.loc,
            )),
            _ => Err(self.err("cannot assign to expression", t.loc)),
        }
    }

    fn unpack_into(&mut self, elts: &[Expr], loc: Loc) -> Result<(), CompileError> {
        let starred: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
            .map(|(i, _)| i)
            .collect();
        match starred.as_slice() {
            [] => {
                self.emit(Op::UnpackSequence, elts.len() as u32);
            }
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                if before >= 256 || after >= (1 << 23) {
                    return Err(self.err("too many expressions in star-unpacking assignment", loc));
                }
                self.emit(Op::UnpackEx, before | (after << 8));
            }
            _ => {
                return Err(self.err("multiple starred expressions in assignment", loc));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        let saved = self.set_loc(t.loc);
        let r = match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let i = self.name_index(&name);
                self.set_loc(t.loc);
                self.emit(Op::DeleteAttr, i);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.loc);
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(self.err("cannot delete expression", t.loc)),
        };
        self.set_loc(saved);
        r
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Result<(), CompileError> {
        let opk = binop_kind(op) as u32 | BinOpKind::INPLACE;
        let stmt_loc = self.ur().loc;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(target.loc);
                self.name_op(id, Ctx::Load)?;
                self.expr(value)?;
                self.set_loc(stmt_loc);
                self.emit(Op::BinaryOp, opk);
                self.set_loc(target.loc);
                self.name_op(id, Ctx::Store)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                let name = self.mangle(attr);
                let i = self.name_index(&name);
                self.set_loc(target.loc);
                self.emit(Op::LoadAttr, i);
                self.expr(value)?;
                self.set_loc(stmt_loc);
                self.emit(Op::BinaryOp, opk);
                self.emit(Op::Swap, 2);
                self.set_loc(target.loc);
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.set_loc(target.loc);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.set_loc(stmt_loc);
                self.emit(Op::BinaryOp, opk);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.set_loc(target.loc);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            _ => Err(self.err(
                "'expression' is an illegal expression for augmented assignment",
                target.loc,
            )),
        }
    }

    fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<(), CompileError> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let kind = self.ur().kind;
        let at_top = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple => {
                if at_top {
                    self.expr(annotation)?;
                    let idx = self.name_index("__annotations__");
                    self.emit(Op::LoadName, idx);
                    let name = self.mangle(id);
                    self.load_const(ConstValue::Str(Rc::from(name.as_str())));
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                }
                if at_top {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop, 0);
                    self.expr(slice)?;
                    self.emit(Op::PopTop, 0);
                }
                if at_top {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            _ => {
                if at_top {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        Ok(())
    }

    // ---- loops ----------------------------------------------------------------------

    fn for_stmt(
        &mut self,
        s: &Stmt,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<(), CompileError> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_loc(iter.loc);
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.set_loc(s.loc);
        self.push_fblock(FBlock::ForLoop { start, end }, s.loc)?;
        self.jump(Op::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.set_loc(s.loc);
        self.jump(Op::Jump, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &Stmt,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<(), CompileError> {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetAiter, 0);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, end }, s.loc)?;
        self.push_handler(except, 0);
        self.emit(Op::GetAnext, 0);
        self.load_const(ConstValue::None);
        self.yield_from_loop();
        self.pop_handler();
        self.store_target(target)?;
        self.stmts(body)?;
        self.jump(Op::Jump, start);
        self.pop_fblock();
        self.bind(except);
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &Stmt,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<(), CompileError> {
        let start = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump_if(test, else_l, false)?;
        self.push_fblock(FBlock::WhileLoop { start, end }, s.loc)?;
        self.stmts(body)?;
        self.set_loc(test.loc);
        self.jump(Op::Jump, start);
        self.pop_fblock();
        self.bind(else_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- unwinding ------------------------------------------------------------------

    /// Emits the exit actions of frame block `b`. With `preserve_tos` a value (the return
    /// value) stays on top throughout.
    fn unwind_fblock(&mut self, b: &FBlock, preserve_tos: bool) -> Result<(), CompileError> {
        match b {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => {
                self.pop_handler();
            }
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                let body = body.clone();
                // A break/continue/return inside the final body must drop the value being
                // returned, as CPython's POP_VALUE block does.
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.stmts(&body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::ExceptStarHandler => {
                let loc = self.ur().loc;
                return Err(self.err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    loc,
                ));
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::FinallyEnd => {
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { loc, is_async } => {
                self.pop_handler();
                let saved = self.set_loc(*loc);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(Op::GetAwaitable, 2);
                    self.load_const(ConstValue::None);
                    self.yield_from_loop();
                }
                self.emit(Op::PopTop, 0);
                self.set_loc(saved);
            }
            FBlock::HandlerCleanup { name } => {
                // A named handler's body has its own region (which unbinds the name) inside
                // the clause-level cleanup region: leave both.
                if name.is_some() {
                    self.pop_handler();
                }
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    let n = n.clone();
                    self.load_const(ConstValue::None);
                    self.name_op(&n, Ctx::Store)?;
                    self.name_op(&n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on top of the stack: the CALL convention treats
    /// the first None as `self`, so exit receives three Nones.
    pub fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.emit(Op::Call, 2);
    }

    /// Unwinds every frame block (for `return`), or up to the innermost loop (for
    /// `break`/`continue`, returning that loop). Handler regions and frame blocks are
    /// restored afterwards: the code after the jump is still inside them.
    fn unwind_to(
        &mut self,
        to_loop: bool,
        preserve_tos: bool,
    ) -> Result<Option<FBlock>, CompileError> {
        let saved_blocks = self.ur().fblocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let mut found = None;
        while let Some(b) = self.u().fblocks.pop() {
            if to_loop && matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                found = Some(b);
                break;
            }
            self.unwind_fblock(&b, preserve_tos)?;
        }
        let u = self.u();
        u.fblocks = saved_blocks;
        // The handler stack is restored by the caller after it emitted its jump.
        let _ = saved_handlers;
        Ok(found)
    }

    fn return_stmt(&mut self, s: &Stmt, v: Option<&Expr>) -> Result<(), CompileError> {
        match self.ur().kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(self.err("'return' outside function", s.loc));
            }
            _ => {}
        }
        if v.is_some() && self.scope().is_generator && self.scope().is_coroutine {
            return Err(self.err("'return' with value in async generator", s.loc));
        }
        let saved_handlers = self.ur().handler_stack.clone();
        match v {
            Some(e) => self.expr(e)?,
            None => self.load_const(ConstValue::None),
        }
        // CPython attributes the unwinding to a constant return value on the statement's
        // line (where an `except*` error points), else to the statement.
        let unwind_loc = match v {
            Some(e) if e.loc.lineno == s.loc.lineno && is_folded_constant(e) => e.loc,
            _ => s.loc,
        };
        self.set_loc(unwind_loc);
        self.unwind_to(false, true)?;
        self.set_loc(s.loc);
        self.emit(Op::ReturnValue, 0);
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    fn break_stmt(&mut self, loc: Loc) -> Result<(), CompileError> {
        let saved_handlers = self.ur().handler_stack.clone();
        let Some(lp) = self.unwind_to(true, false)? else {
            return Err(self.err("'break' outside loop", loc));
        };
        match lp {
            FBlock::ForLoop { end, .. } => {
                self.emit(Op::PopTop, 0);
                self.jump(Op::Jump, end);
            }
            FBlock::WhileLoop { end, .. } => self.jump(Op::Jump, end),
            _ => {}
        }
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    fn continue_stmt(&mut self, loc: Loc) -> Result<(), CompileError> {
        let saved_handlers = self.ur().handler_stack.clone();
        let Some(lp) = self.unwind_to(true, false)? else {
            return Err(self.err("'continue' not properly in loop", loc));
        };
        match lp {
            FBlock::ForLoop { start, .. } | FBlock::WhileLoop { start, .. } => {
                self.jump(Op::Jump, start)
            }
            _ => {}
        }
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    // ---- try ------------------------------------------------------------------------

    /// try/except[/else], CPython 3.11's layout: the body runs under a handler that lands on
    /// the exception with PUSH_EXC_INFO; each clause tests with CHECK_EXC_MATCH; the cleanup
    /// handler restores the previously handled exception and re-raises.
    fn try_except(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        is_star: bool,
    ) -> Result<(), CompileError> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(except, 0);
        self.push_fblock(FBlock::TryExcept, s.loc)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.emit(Op::Nop, 0);
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);

        self.bind(except);
        self.set_loc(s.loc);
        // Stack: [exc]. The cleanup handler runs with [prev_exc] below its exception.
        self.push_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        if is_star {
            self.except_star_clauses(handlers, end, cleanup)?;
        } else {
            for h in handlers {
                let saved = self.set_loc(h.loc);
                let next = self.new_label();
                if let Some(t) = &h.typ {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                } else if !std::ptr::eq(h, handlers.last().unwrap_or(h)) {
                    return Err(self.err("default 'except:' must be last", h.loc));
                }
                match &h.name {
                    Some(name) => {
                        self.name_op(name, Ctx::Store)?;
                        // The body runs under a handler that unbinds the name on the way out.
                        let cleanup_body = self.new_label();
                        self.push_handler(cleanup_body, 0);
                        self.push_fblock(
                            FBlock::HandlerCleanup {
                                name: Some(name.clone()),
                            },
                            h.loc,
                        )?;
                        self.stmts(&h.body)?;
                        self.pop_fblock();
                        self.pop_handler();
                        self.emit(Op::PopExcept, 0);
                        self.load_const(ConstValue::None);
                        self.name_op(name, Ctx::Store)?;
                        self.name_op(name, Ctx::Del)?;
                        self.jump(Op::Jump, end);
                        // Exception in the body: unbind the name, then re-raise to cleanup.
                        self.bind(cleanup_body);
                        self.load_const(ConstValue::None);
                        self.name_op(name, Ctx::Store)?;
                        self.name_op(name, Ctx::Del)?;
                        self.emit(Op::Reraise, 0);
                    }
                    None => {
                        self.emit(Op::PopTop, 0);
                        self.push_fblock(FBlock::HandlerCleanup { name: None }, h.loc)?;
                        self.stmts(&h.body)?;
                        self.pop_fblock();
                        self.emit(Op::PopExcept, 0);
                        self.jump(Op::Jump, end);
                    }
                }
                self.bind(next);
                self.set_loc(saved);
            }
            // No clause matched: re-raise (the cleanup handler restores the old exception).
            self.emit(Op::Reraise, 0);
        }
        self.pop_handler();

        // cleanup: [prev_exc, exc] -> restore prev_exc as handled, re-raise exc.
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// `except*` clauses: each clause splits the remaining group; matched parts run the
    /// body; what is left (and what the bodies raise) is re-raised together at the end.
    fn except_star_clauses(
        &mut self,
        handlers: &[ExceptHandler],
        end: Label,
        _cleanup: Label,
    ) -> Result<(), CompileError> {
        // Stack: [prev, exc]. Keep [prev, orig, raised_list, rest] while matching.
        self.emit(Op::Copy, 1); // orig
        self.emit(Op::BuildList, 0); // raised list
        self.emit(Op::Swap, 2); // [prev, orig, list, rest]
        for h in handlers {
            let saved = self.set_loc(h.loc);
            let no_match = self.new_label();
            let next = self.new_label();
            let Some(t) = &h.typ else {
                return Err(self.err("expected one or more exception types", h.loc));
            };
            self.expr(t)?;
            self.emit(Op::CheckEgMatch, 0); // [.., rest', match]
            self.emit(Op::Copy, 1);
            self.jump(Op::PopJumpIfNone, no_match);
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            let body_exc = self.new_label();
            self.push_handler(body_exc, 0);
            self.push_fblock(FBlock::ExceptStarHandler, h.loc)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            if let Some(n) = &h.name {
                self.load_const(ConstValue::None);
                self.name_op(n, Ctx::Store)?;
                self.name_op(n, Ctx::Del)?;
            }
            self.jump(Op::Jump, next);
            // The body raised: add the new exception to the raised list.
            self.bind(body_exc); // [prev, orig, list, rest, exc2]
            if let Some(n) = &h.name {
                self.load_const(ConstValue::None);
                self.name_op(n, Ctx::Store)?;
                self.name_op(n, Ctx::Del)?;
            }
            self.emit(Op::ListAppend, 2);
            self.jump(Op::Jump, next);
            self.bind(no_match);
            self.emit(Op::PopTop, 0);
            self.bind(next);
            self.set_loc(saved);
        }
        // [prev, orig, list, rest]: add rest, combine with the original.
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0); // [prev, result]
        self.emit(Op::Copy, 1);
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfNotNone, reraise);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise, 0);
        Ok(())
    }

    fn try_finally(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        is_star: bool,
    ) -> Result<(), CompileError> {
        let exc_final = self.new_label();
        let exc_cleanup = self.new_label();
        let end = self.new_label();
        let final_rc: Rc<Vec<Stmt>> = Rc::new(finalbody.to_vec());
        self.push_handler(exc_final, 0);
        self.push_fblock(FBlock::FinallyTry { body: final_rc }, s.loc)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(s, body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.emit(Op::Nop, 0);
        // Normal exit: the final body once.
        self.stmts(finalbody)?;
        self.jump(Op::Jump, end);

        // Exceptional exit: [exc] -> [prev, exc], run the final body, re-raise.
        self.bind(exc_final);
        self.set_loc(s.loc);
        self.push_handler(exc_cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        self.push_fblock(FBlock::FinallyEnd, s.loc)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.bind(exc_cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    // ---- with -----------------------------------------------------------------------

    fn with_stmt(
        &mut self,
        s: &Stmt,
        items: &[WithItem],
        i: usize,
        body: &[Stmt],
        is_async: bool,
    ) -> Result<(), CompileError> {
        let Some(item) = items.get(i) else {
            return self.stmts(body);
        };
        let exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(s.loc);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit(Op::GetAwaitable, 1);
            self.load_const(ConstValue::None);
            self.yield_from_loop();
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        // Stack: [exit, value]; the handler runs with [exit] below the exception.
        self.push_handler(exc, -1);
        self.push_fblock(
            FBlock::With {
                is_async,
                loc: s.loc,
            },
            s.loc,
        )?;
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.with_stmt(s, items, i + 1, body, is_async)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.load_const(ConstValue::None);
            self.yield_from_loop();
        }
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);

        // [exit, exc] -> [exit, prev, exc]; call exit; suppress or re-raise.
        self.bind(exc);
        self.push_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.load_const(ConstValue::None);
            self.yield_from_loop();
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(suppress);
        self.pop_handler();
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        // [exit, prev, exc2]
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(end);
        Ok(())
    }

    /// The `yield from`/`await` delegation loop: [subiter, value] -> [result].
    pub fn yield_from_loop(&mut self) {
        let top = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.jump(Op::Jump, top);
        self.bind(exit);
    }
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(
        &mut self,
        s: &Stmt,
        subject: &Expr,
        cases: &[MatchCase],
    ) -> Result<(), CompileError> {
        super::pattern::compile_match(self, s, subject, cases)
    }
}
