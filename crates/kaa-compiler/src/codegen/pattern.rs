//! `match` statement code generation (PEP 634) with CPython 3.11's runtime protocol:
//! `MATCH_SEQUENCE`/`MATCH_MAPPING`/`MATCH_KEYS`/`MATCH_CLASS`, length checks with `GET_LEN`,
//! value patterns by `==`, singletons by `is`, and the compile-time errors for unreachable
//! patterns. Each pattern consumes the subject on top of the stack and either falls through
//! (matched, names bound) or jumps to its failure label with the stack restored.

use super::{Compiler, Label};
use crate::code::ConstValue;
use crate::opcodes::{CmpKind, Op};
use crate::CompileError;
use kaa_syntax::ast::*;
use std::rc::Rc;

pub(crate) fn compile_match(
    c: &mut Compiler,
    _s: &Stmt,
    subject: &Expr,
    cases: &[MatchCase],
) -> Result<(), CompileError> {
    c.expr(subject)?;
    let end = c.new_label();
    for (i, case) in cases.iter().enumerate() {
        check_duplicates(c, &case.pattern)?;
        let is_last = i + 1 == cases.len();
        if !is_last && case.guard.is_none() {
            if let Some(msg) = irrefutable(&case.pattern) {
                return Err(c.err(msg, case.pattern.loc));
            }
        }
        let next = c.new_label();
        let saved = c.set_loc(case.pattern.loc);
        c.emit(Op::Copy, 1);
        pattern(c, &case.pattern, next)?;
        if let Some(g) = &case.guard {
            c.jump_if(g, next, false)?;
        }
        c.set_loc(saved);
        c.emit(Op::PopTop, 0);
        c.stmts(&case.body)?;
        c.jump(Op::Jump, end);
        c.bind(next);
    }
    c.emit(Op::PopTop, 0);
    c.bind(end);
    Ok(())
}

/// "multiple assignments to name 'x' in pattern" (or-pattern alternatives count once).
fn check_duplicates(c: &Compiler, p: &Pattern) -> Result<(), CompileError> {
    let names = alt_names_unsorted(p);
    for (i, n) in names.iter().enumerate() {
        if names[..i].contains(n) {
            return Err(c.err(
                format!("multiple assignments to name '{n}' in pattern"),
                p.loc,
            ));
        }
    }
    Ok(())
}

fn alt_names_unsorted(p: &Pattern) -> Vec<String> {
    let mut v = Vec::new();
    collect_names(p, &mut v);
    v
}

/// CPython's message when an irrefutable pattern is followed by more cases.
fn irrefutable(p: &Pattern) -> Option<String> {
    match &p.kind {
        PatternKind::MatchAs {
            pattern: None,
            name: Some(n),
        } => Some(format!(
            "name capture '{n}' makes remaining patterns unreachable"
        )),
        PatternKind::MatchAs {
            pattern: None,
            name: None,
        } => Some("wildcard makes remaining patterns unreachable".to_string()),
        PatternKind::MatchAs {
            pattern: Some(q), ..
        } => irrefutable(q),
        PatternKind::MatchOr(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}

/// Pops `n` items then jumps to `fail`; returns the label of that cleanup block, emitted
/// later by `flush_cleanups`.
struct Cleanups {
    pending: Vec<(Label, u32, Label)>,
}

impl Cleanups {
    fn new() -> Self {
        Cleanups {
            pending: Vec::new(),
        }
    }

    fn get(&mut self, c: &mut Compiler, n: u32, fail: Label) -> Label {
        if n == 0 {
            return fail;
        }
        let l = c.new_label();
        self.pending.push((l, n, fail));
        l
    }

    /// Emits the cleanup blocks after a jump (they are only reached by jumps).
    fn flush(self, c: &mut Compiler, after: Label) {
        if self.pending.is_empty() {
            return;
        }
        c.jump(Op::Jump, after);
        for (l, n, fail) in self.pending {
            c.bind(l);
            for _ in 0..n {
                c.emit(Op::PopTop, 0);
            }
            c.jump(Op::Jump, fail);
        }
    }
}

fn pattern(c: &mut Compiler, p: &Pattern, fail: Label) -> Result<(), CompileError> {
    let saved = c.set_loc(p.loc);
    let r = pattern_inner(c, p, fail);
    c.set_loc(saved);
    r
}

fn pattern_inner(c: &mut Compiler, p: &Pattern, fail: Label) -> Result<(), CompileError> {
    match &p.kind {
        PatternKind::MatchValue(e) => {
            c.expr(e)?;
            c.emit(Op::CompareOp, CmpKind::Eq as u32);
            c.jump(Op::PopJumpIfFalse, fail);
        }
        PatternKind::MatchSingleton(k) => {
            c.load_const(super::expr::const_value(k));
            c.emit(Op::IsOp, 0);
            c.jump(Op::PopJumpIfFalse, fail);
        }
        PatternKind::MatchAs { pattern: sub, name } => match (sub, name) {
            (None, None) => {
                c.emit(Op::PopTop, 0);
            }
            (None, Some(n)) => c.name_op(n, Ctx::Store)?,
            (Some(q), Some(n)) => {
                let ok = c.new_label();
                let mut cl = Cleanups::new();
                c.emit(Op::Copy, 1);
                let f1 = cl.get(c, 1, fail);
                pattern(c, q, f1)?;
                c.name_op(n, Ctx::Store)?;
                cl.flush(c, ok);
                c.bind(ok);
            }
            (Some(q), None) => pattern(c, q, fail)?,
        },
        PatternKind::MatchStar(name) => match name {
            Some(n) => c.name_op(n, Ctx::Store)?,
            None => {
                c.emit(Op::PopTop, 0);
            }
        },
        PatternKind::MatchOr(alts) => {
            let ok = c.new_label();
            let names = alt_names(&alts[0]);
            for (i, alt) in alts.iter().enumerate() {
                if alt_names(alt) != names {
                    return Err(c.err("alternative patterns bind different names", p.loc));
                }
                if i + 1 < alts.len() {
                    if let Some(msg) = irrefutable(alt) {
                        return Err(c.err(msg, alt.loc));
                    }
                    let next = c.new_label();
                    c.emit(Op::Copy, 1);
                    pattern(c, alt, next)?;
                    c.emit(Op::PopTop, 0);
                    c.jump(Op::Jump, ok);
                    c.bind(next);
                } else {
                    pattern(c, alt, fail)?;
                }
            }
            c.bind(ok);
        }
        PatternKind::MatchSequence(pats) => {
            let ok = c.new_label();
            let mut cl = Cleanups::new();
            let star = pats
                .iter()
                .position(|q| matches!(q.kind, PatternKind::MatchStar(_)));
            if pats
                .iter()
                .filter(|q| matches!(q.kind, PatternKind::MatchStar(_)))
                .count()
                > 1
            {
                return Err(c.err("multiple starred names in sequence pattern", p.loc));
            }
            c.emit(Op::MatchSequence, 0);
            let f1 = cl.get(c, 1, fail);
            c.jump(Op::PopJumpIfFalse, f1);
            let n = pats.len() as u32;
            c.emit(Op::GetLen, 0);
            match star {
                None => {
                    c.load_const(ConstValue::Int(n as i64));
                    c.emit(Op::CompareOp, CmpKind::Eq as u32);
                }
                Some(_) => {
                    c.load_const(ConstValue::Int(n as i64 - 1));
                    c.emit(Op::CompareOp, CmpKind::Ge as u32);
                }
            }
            c.jump(Op::PopJumpIfFalse, f1);
            match star {
                None => {
                    c.emit(Op::UnpackSequence, n);
                }
                Some(i) => {
                    let before = i as u32;
                    let after = n - before - 1;
                    c.emit(Op::UnpackEx, before | (after << 8));
                }
            }
            for (i, q) in pats.iter().enumerate() {
                let remaining = n - i as u32 - 1;
                let f = cl.get(c, remaining, fail);
                pattern(c, q, f)?;
            }
            cl.flush(c, ok);
            c.bind(ok);
        }
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            let ok = c.new_label();
            let mut cl = Cleanups::new();
            c.emit(Op::MatchMapping, 0);
            let f1 = cl.get(c, 1, fail);
            c.jump(Op::PopJumpIfFalse, f1);
            if keys.is_empty() && rest.is_none() {
                c.emit(Op::PopTop, 0);
                cl.flush(c, ok);
                c.bind(ok);
                return Ok(());
            }
            if !keys.is_empty() {
                c.emit(Op::GetLen, 0);
                c.load_const(ConstValue::Int(keys.len() as i64));
                c.emit(Op::CompareOp, CmpKind::Ge as u32);
                c.jump(Op::PopJumpIfFalse, f1);
            }
            for k in keys {
                c.expr(k)?;
            }
            c.emit(Op::BuildTuple, keys.len() as u32);
            c.emit(Op::MatchKeys, 0);
            c.emit(Op::Copy, 1);
            let f3 = cl.get(c, 3, fail);
            c.jump(Op::PopJumpIfNone, f3);
            let n = patterns.len() as u32;
            c.emit(Op::UnpackSequence, n);
            for (i, q) in patterns.iter().enumerate() {
                let remaining = n - i as u32 - 1 + 2;
                let f = cl.get(c, remaining, fail);
                pattern(c, q, f)?;
            }
            match rest {
                Some(r) => {
                    c.emit(Op::CopyDictWithoutKeys, 0);
                    c.name_op(r, Ctx::Store)?;
                    c.emit(Op::PopTop, 0);
                }
                None => {
                    c.emit(Op::PopTop, 0);
                    c.emit(Op::PopTop, 0);
                }
            }
            cl.flush(c, ok);
            c.bind(ok);
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let ok = c.new_label();
            let mut cl = Cleanups::new();
            for (i, a) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].contains(a) {
                    return Err(c.err(
                        format!("attribute name repeated in class pattern: {a}"),
                        kwd_patterns[i].loc,
                    ));
                }
            }
            c.expr(cls)?;
            let names: Vec<ConstValue> = kwd_attrs
                .iter()
                .map(|a| ConstValue::Str(Rc::from(a.as_str())))
                .collect();
            c.load_const(ConstValue::Tuple(Rc::from(names)));
            c.emit(Op::MatchClass, patterns.len() as u32);
            c.emit(Op::Copy, 1);
            let f1 = cl.get(c, 1, fail);
            c.jump(Op::PopJumpIfNone, f1);
            let all: Vec<&Pattern> = patterns.iter().chain(kwd_patterns).collect();
            let n = all.len() as u32;
            c.emit(Op::UnpackSequence, n);
            for (i, q) in all.iter().enumerate() {
                let remaining = n - i as u32 - 1;
                let f = cl.get(c, remaining, fail);
                pattern(c, q, f)?;
            }
            cl.flush(c, ok);
            c.bind(ok);
        }
    }
    Ok(())
}

/// The names a pattern binds, sorted (alternatives of an or-pattern must agree).
fn alt_names(p: &Pattern) -> Vec<String> {
    let mut v = Vec::new();
    collect_names(p, &mut v);
    v.sort();
    v
}

/// The names a pattern binds, in order (an or-pattern contributes its first alternative's).
fn collect_names(p: &Pattern, out: &mut Vec<String>) {
    walk(p, out);
    fn walk(p: &Pattern, out: &mut Vec<String>) {
        match &p.kind {
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    walk(q, out);
                }
                if let Some(n) = name {
                    out.push(n.clone());
                }
            }
            PatternKind::MatchStar(Some(n)) => out.push(n.clone()),
            PatternKind::MatchSequence(ps) => ps.iter().for_each(|q| walk(q, out)),
            PatternKind::MatchOr(ps) => {
                if let Some(q) = ps.first() {
                    walk(q, out)
                }
            }
            PatternKind::MatchMapping { patterns, rest, .. } => {
                patterns.iter().for_each(|q| walk(q, out));
                if let Some(r) = rest {
                    out.push(r.clone());
                }
            }
            PatternKind::MatchClass {
                patterns,
                kwd_patterns,
                ..
            } => patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|q| walk(q, out)),
            _ => {}
        }
    }
}
