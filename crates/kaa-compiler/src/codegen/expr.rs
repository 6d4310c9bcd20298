//! Expression code generation, following CPython 3.11: short-circuit `and`/`or`, chained
//! comparisons evaluating each operand once, the `LOAD_METHOD`/`CALL` method-call form,
//! `*args`/`**kwargs` calls through `CALL_FUNCTION_EX`, starred displays, comprehensions as
//! nested functions called with the first iterator, f-strings, `yield`/`yield from`/`await`,
//! and constant tuples folded at compile time.

use super::Compiler;
use crate::code::ConstValue;
use crate::opcodes::{CmpKind, Op};
use crate::CompileError;
use kaa_syntax::ast::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

pub(crate) fn const_value(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Ellipsis => ConstValue::Ellipsis,
        Constant::Int(i) => int_const(i),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Complex(im) => ConstValue::Complex(0.0, *im),
        Constant::Str(s) => ConstValue::Str(Rc::from(s.as_str())),
        Constant::SurrogateStr(s) => ConstValue::SurrogateStr(Rc::from(s.as_str())),
        Constant::Bytes(b) => ConstValue::Bytes(Rc::from(b.as_slice())),
    }
}

fn int_const(i: &BigInt) -> ConstValue {
    match i.to_i64() {
        Some(v) => ConstValue::Int(v),
        None => ConstValue::BigInt(i.clone()),
    }
}

/// The folded value of a constant tuple display, if every element is a constant.
pub(super) fn fold_tuple(elts: &[Expr]) -> Option<ConstValue> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant(c) => out.push(const_value(c)),
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            } => out.push(fold_tuple(elts)?),
            _ => return None,
        }
    }
    Some(ConstValue::Tuple(Rc::from(out)))
}

pub(super) fn has_starred(elts: &[Expr]) -> bool {
    elts.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

fn cmp_op(op: CmpOp) -> (Op, u32) {
    match op {
        CmpOp::Eq => (Op::CompareOp, CmpKind::Eq as u32),
        CmpOp::NotEq => (Op::CompareOp, CmpKind::Ne as u32),
        CmpOp::Lt => (Op::CompareOp, CmpKind::Lt as u32),
        CmpOp::LtE => (Op::CompareOp, CmpKind::Le as u32),
        CmpOp::Gt => (Op::CompareOp, CmpKind::Gt as u32),
        CmpOp::GtE => (Op::CompareOp, CmpKind::Ge as u32),
        CmpOp::Is => (Op::IsOp, 0),
        CmpOp::IsNot => (Op::IsOp, 1),
        CmpOp::In => (Op::ContainsOp, 0),
        CmpOp::NotIn => (Op::ContainsOp, 1),
    }
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.enter_nesting()?;
        let saved = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.set_loc(saved);
        self.leave_nesting();
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Constant(c) => {
                self.load_const(const_value(c));
            }
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = match op {
                    BoolOp::And => Op::JumpIfFalseOrPop,
                    BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.jump(jop, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_loc(e.loc);
                self.emit(Op::BinaryOp, super::stmt::binop_kind(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.set_loc(e.loc);
                let o = match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(o, 0);
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, else_l, false)?;
                self.expr(body)?;
                self.jump(Op::Jump, end);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elts) => {
                if has_starred(elts) {
                    self.emit(Op::BuildSet, 0);
                    for x in elts {
                        if let ExprKind::Starred { value, .. } = &x.kind {
                            self.expr(value)?;
                            self.emit(Op::SetUpdate, 1);
                        } else {
                            self.expr(x)?;
                            self.emit(Op::SetAdd, 1);
                        }
                    }
                } else if let Some(ConstValue::Tuple(items)) =
                    fold_tuple(elts).filter(|_| elts.len() > 2)
                {
                    // As CPython: a constant display of three or more items loads a frozenset
                    // constant and merges it, which fixes the result's table size (and so
                    // its iteration order) to what `set_merge` gives.
                    self.emit(Op::BuildSet, 0);
                    self.load_const(ConstValue::FrozenSet(items));
                    self.emit(Op::SetUpdate, 1);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildSet, elts.len() as u32);
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict, key, Some(value))?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.set_loc(e.loc);
                self.emit(Op::GetAwaitable, 0);
                self.load_const(ConstValue::None);
                self.yield_from_loop();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None),
                }
                self.set_loc(e.loc);
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_loc(e.loc);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(ConstValue::None);
                self.yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref())?,
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(ConstValue::Str(Rc::from("")));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1 {
                        self.emit(Op::BuildString, parts.len() as u32);
                    }
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                self.set_loc(e.loc);
                let name = self.mangle(attr);
                let i = self.name_index(&name);
                match ctx {
                    Ctx::Load => self.emit(Op::LoadAttr, i),
                    Ctx::Store => self.emit(Op::StoreAttr, i),
                    Ctx::Del => self.emit(Op::DeleteAttr, i),
                };
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(e.loc);
                match ctx {
                    Ctx::Load => self.emit(Op::BinarySubscr, 0),
                    Ctx::Store => self.emit(Op::StoreSubscr, 0),
                    Ctx::Del => self.emit(Op::DeleteSubscr, 0),
                };
            }
            ExprKind::Starred { .. } => {
                return Err(self.err("can't use starred expression here", e.loc));
            }
            ExprKind::List { elts, .. } => {
                if has_starred(elts) {
                    self.starred_sequence(elts)?;
                } else if let Some(c) = fold_tuple(elts).filter(|_| elts.len() > 2) {
                    // CPython builds a constant list display from a tuple constant.
                    self.emit(Op::BuildList, 0);
                    self.load_const(c);
                    self.emit(Op::ListExtend, 1);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildList, elts.len() as u32);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = fold_tuple(elts) {
                    self.load_const(c);
                } else if has_starred(elts) {
                    self.starred_sequence(elts)?;
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildTuple, elts.len() as u32);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(ConstValue::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => {
                        self.emit(Op::BuildSlice, 2);
                    }
                }
            }
        }
        Ok(())
    }

    /// A list built from items and `*iterables`.
    fn starred_sequence(&mut self, elts: &[Expr]) -> Result<(), CompileError> {
        self.emit(Op::BuildList, 0);
        for x in elts {
            if let ExprKind::Starred { value, .. } = &x.kind {
                self.expr(value)?;
                self.emit(Op::ListExtend, 1);
            } else {
                self.expr(x)?;
                self.emit(Op::ListAppend, 1);
            }
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Result<(), CompileError> {
        let mut pending = 0u32;
        let mut built = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Op::BuildMap, pending);
                        if built {
                            self.emit(Op::DictUpdate, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if !built {
            self.emit(Op::BuildMap, pending);
        } else if pending > 0 {
            self.emit(Op::BuildMap, pending);
            self.emit(Op::DictUpdate, 1);
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &Expr,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
    ) -> Result<(), CompileError> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.set_loc(e.loc);
            let (op, arg) = cmp_op(ops[0]);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            self.set_loc(e.loc);
            let (o, arg) = cmp_op(*op);
            if i + 1 < ops.len() {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.emit(o, arg);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(o, arg);
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Emits a conditional jump to `label` taken when `e`'s truth equals `cond`, with
    /// short-circuiting through `not`, `and` and `or` as CPython does.
    pub fn jump_if(
        &mut self,
        e: &Expr,
        label: super::Label,
        cond: bool,
    ) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, label, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                if is_and != cond {
                    // `a and b` jumping when false (or `a or b` when true): any operand decides.
                    for v in rest {
                        self.jump_if(v, label, cond)?;
                    }
                    return self.jump_if(last, label, cond);
                }
                let next = self.new_label();
                for v in rest {
                    self.jump_if(v, next, !cond)?;
                }
                self.jump_if(last, label, cond)?;
                self.bind(next);
                return Ok(());
            }
            ExprKind::Constant(c) => {
                let truth = match c {
                    Constant::None => Some(false),
                    Constant::Bool(b) => Some(*b),
                    Constant::Ellipsis => Some(true),
                    Constant::Int(i) => Some(*i != BigInt::from(0)),
                    Constant::Float(f) => Some(*f != 0.0),
                    Constant::Complex(f) => Some(*f != 0.0),
                    Constant::Str(s) | Constant::SurrogateStr(s) => Some(!s.is_empty()),
                    Constant::Bytes(b) => Some(!b.is_empty()),
                };
                if let Some(t) = truth {
                    let saved = self.set_loc(e.loc);
                    if t == cond {
                        self.jump(Op::Jump, label);
                    } else {
                        self.emit(Op::Nop, 0);
                    }
                    self.set_loc(saved);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        let saved = self.set_loc(e.loc);
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            label,
        );
        self.set_loc(saved);
        Ok(())
    }

    fn call(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Result<(), CompileError> {
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        match &func.kind {
            ExprKind::Attribute {
                value,
                attr,
                ctx: Ctx::Load,
            } if simple => {
                self.expr(value)?;
                let saved = self.set_loc(func.loc);
                let name = self.mangle(attr);
                let i = self.name_index(&name);
                self.emit(Op::LoadMethod, i);
                self.set_loc(saved);
            }
            _ => {
                self.emit(Op::PushNull, 0);
                self.expr(func)?;
            }
        }
        self.set_loc(e.loc);
        self.call_helper(0, args, keywords)?;
        Ok(())
    }

    /// Emits the arguments and the call instruction. `n_pushed` positional arguments are
    /// already on the stack (the class body function and name for `__build_class__`).
    pub fn call_helper(
        &mut self,
        n_pushed: u32,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Result<(), CompileError> {
        let loc = self.ur().loc;
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let nargs = n_pushed + args.len() as u32;
            self.set_loc(loc);
            if keywords.is_empty() {
                self.emit(Op::Call, nargs);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(ConstValue::Str(Rc::from(k.arg.as_deref().unwrap_or(""))));
                }
                self.load_const(ConstValue::Tuple(Rc::from(names)));
                self.set_loc(loc);
                self.emit(Op::CallKw, nargs + keywords.len() as u32);
            }
            return Ok(());
        }
        // General form: a tuple of positional arguments and a dict of keywords. A lone
        // `*args` is passed as is (CALL_FUNCTION_EX converts it, with its own error).
        if n_pushed == 0 && args.len() == 1 && matches!(args[0].kind, ExprKind::Starred { .. }) {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            }
        } else if n_pushed > 0 || has_starred(args) {
            self.emit(Op::BuildList, n_pushed);
            for a in args {
                if let ExprKind::Starred { value, .. } = &a.kind {
                    self.expr(value)?;
                    self.emit(Op::ListExtend, 1);
                } else {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
            self.emit(Op::ListToTuple, 0);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple, args.len() as u32);
        }
        let mut flag = 0;
        if !keywords.is_empty() {
            flag = 1;
            let mut pending = 0u32;
            let mut built = false;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(ConstValue::Str(Rc::from(name.as_str())));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 || !built {
                            self.emit(Op::BuildMap, pending);
                            if built {
                                self.emit(Op::DictMerge, 1);
                            }
                            built = true;
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            if !built {
                self.emit(Op::BuildMap, pending);
            } else if pending > 0 {
                self.emit(Op::BuildMap, pending);
                self.emit(Op::DictMerge, 1);
            }
        }
        self.set_loc(loc);
        self.emit(Op::CallEx, flag);
        Ok(())
    }

    fn formatted_value(
        &mut self,
        value: &Expr,
        conversion: i32,
        spec: Option<&Expr>,
    ) -> Result<(), CompileError> {
        self.expr(value)?;
        let mut flags = match conversion {
            115 => 1, // 's'
            114 => 2, // 'r'
            97 => 3,  // 'a'
            _ => 0,
        };
        if let Some(s) = spec {
            self.expr(s)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(scope) = self.st.scope_of(e) else {
            return Err(self.err("internal error: comprehension scope missing", e.loc));
        };
        let Some(first) = generators.first() else {
            return Err(self.err("comprehension without generators", e.loc));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = {
            let u = self.ur();
            match u.kind {
                crate::symtable::ScopeKind::Module => name.to_string(),
                crate::symtable::ScopeKind::Class => format!("{}.{}", u.qualname, name),
                _ => format!("{}.<locals>.{}", u.qualname, name),
            }
        };
        let is_async_outer = first.is_async;
        self.enter_unit(scope, name, &qualname, e.loc.lineno, None);
        self.u().argcount = 1;
        self.u().loc = e.loc;
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList, 0);
            }
            CompKind::Set => {
                self.emit(Op::BuildSet, 0);
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap, 0);
            }
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.emit_const_return_none();
        } else {
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, 0);
        self.expr(&first.iter)?;
        self.set_loc(e.loc);
        if is_async_outer {
            self.emit(Op::GetAiter, 0);
        } else {
            self.emit(Op::GetIter, 0);
        }
        self.emit(Op::Call, 0);
        if self.st.scopes[scope].is_coroutine && kind != CompKind::Gen {
            self.emit(Op::GetAwaitable, 0);
            self.load_const(ConstValue::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &[Comprehension],
        i: usize,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        let start = self.new_label();
        let anchor = self.new_label();
        let except = self.new_label();
        if i == 0 {
            let idx = self.varname_index(".0");
            self.emit(Op::LoadFast, idx);
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Op::GetAiter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        self.bind(start);
        if g.is_async {
            self.push_handler(except, 0);
            self.emit(Op::GetAnext, 0);
            self.load_const(ConstValue::None);
            self.yield_from_loop();
            self.pop_handler();
        } else {
            self.jump(Op::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, start, false)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.jump(Op::Jump, start);
        if g.is_async {
            self.bind(except);
            self.emit(Op::EndAsyncFor, 0);
        } else {
            self.bind(anchor);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}
