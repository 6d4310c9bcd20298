//! The front end's driver and the statement half of the ruff → kaa AST conversion.
//!
//! `parse_module`/`parse_expression` run the whole front end on a thread with a large stack
//! (deeply nested sources recurse deeply in the parser, the converter and the `Drop` of the
//! parser's tree), pre-scan the source with kaa's CPython-style tokenizer (`tokenizer.rs`),
//! parse with `ruff_python_parser` for Python 3.11, map failures to CPython's `SyntaxError`s
//! (`error_map.rs`) and convert the tree into kaa's AST exactly as CPython 3.11's
//! `ast.parse` shapes it: positions as `lineno`/`col_offset` (decorated definitions start at
//! `def`/`class`, `elif` is a nested `If` starting at the `elif` keyword), `Try` vs `TryStar`,
//! `ImportFrom` levels, and so on. Expressions, strings and patterns are in `expr.rs`.

use ruff_python_ast as rast;
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::ast::*;
use crate::error_map;
use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::lines::{normalize_newlines, LineIndex};
use crate::tokenizer;

/// Stack size of the front end's thread: nesting is bounded by CPython's limits, which this
/// comfortably covers, but the parser's own tree for a rejected pathological input (say a
/// 100 000-deep chain of unary minus) is dropped recursively.
const FRONT_END_STACK: usize = 256 << 20;

/// CPython 3.11 raises `RecursionError: maximum recursion depth exceeded during compilation`
/// once an expression nests about this deep (measured: `-`*2990 + `1` fails, 2989 passes).
pub(crate) const MAX_EXPR_DEPTH: u32 = 2989;

pub(crate) fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    on_big_stack(source, filename, |src, file| {
        front_end(src, file, Mode::Module)
    })
    .and_then(|r| match r {
        Parsed::Module(m) => Ok(m),
        Parsed::Expr(_) => Err(internal_error(filename)),
    })
}

pub(crate) fn parse_expression(source: &str, filename: &str) -> Result<Expr, SyntaxError> {
    on_big_stack(source, filename, |src, file| {
        front_end(src, file, Mode::Expression)
    })
    .and_then(|r| match r {
        Parsed::Expr(e) => Ok(e),
        Parsed::Module(_) => Err(internal_error(filename)),
    })
}

pub(crate) enum Parsed {
    Module(Module),
    Expr(Expr),
}

fn internal_error(filename: &str) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "internal error in the parser".to_string(),
        filename: filename.to_string(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    }
}

/// Runs `f` on a fresh thread with a large stack; falls back to the current thread if no
/// thread can be spawned. A panic in the front end becomes a `SyntaxError` saying so.
fn on_big_stack(
    source: &str,
    filename: &str,
    f: fn(&str, &str) -> Result<Parsed, SyntaxError>,
) -> Result<Parsed, SyntaxError> {
    let spawned = std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("kaa-front-end".to_string())
            .stack_size(FRONT_END_STACK)
            .spawn_scoped(scope, || f(source, filename));
        match handle {
            Ok(h) => Some(h.join().unwrap_or_else(|_| Err(internal_error(filename)))),
            Err(_) => None,
        }
    });
    match spawned {
        Some(r) => r,
        None => f(source, filename),
    }
}

fn front_end(source: &str, filename: &str, mode: Mode) -> Result<Parsed, SyntaxError> {
    let src = normalize_newlines(source);
    let src: &str = &src;
    let lines = LineIndex::new(src);
    let mk = error_map::ErrorBuilder {
        src,
        lines: &lines,
        filename,
    };
    if src.contains('\0') {
        return Err(mk.no_position("source code string cannot contain null bytes"));
    }
    let tok = tokenizer::scan(src, mode == Mode::Expression);
    // Too-deep bracket nesting is rejected before the parser sees it.
    if let Some(err) = &tok.error {
        if err.fatal_before_parse {
            return Err(mk.tok_error(err));
        }
    }
    let options = ParseOptions::from(mode).with_target_version(rast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, options);
    if !parsed.errors().is_empty() || tok.error.is_some() {
        return Err(error_map::map_parse_failure(
            &mk,
            &tok,
            parsed.errors(),
            parsed.syntax(),
            mode,
        ));
    }
    if let Some(e) = error_map::first_unsupported(&mk, &tok, parsed.unsupported_syntax_errors()) {
        return Err(e);
    }
    let mut conv = Conv {
        src,
        lines: &lines,
        depth: 0,
        mk: &mk,
    };
    match parsed.into_syntax() {
        rast::Mod::Module(m) => {
            let body = conv.stmts(m.body.into_iter())?;
            error_map::check_module(&mk, &body)?;
            Ok(Parsed::Module(Module { body }))
        }
        rast::Mod::Expression(e) => {
            let expr = conv.expr(*e.body)?;
            Ok(Parsed::Expr(expr))
        }
    }
}

pub(crate) type CResult<T> = Result<T, SyntaxError>;

/// The converter: owns nothing but the source, its line index and a recursion counter.
pub(crate) struct Conv<'a> {
    pub(crate) src: &'a str,
    pub(crate) lines: &'a LineIndex,
    pub(crate) depth: u32,
    pub(crate) mk: &'a error_map::ErrorBuilder<'a>,
}

impl Conv<'_> {
    /// CPython's position of a byte range.
    pub(crate) fn loc(&self, r: TextRange) -> Loc {
        self.loc2(r.start(), r.end())
    }

    pub(crate) fn loc2(&self, start: TextSize, end: TextSize) -> Loc {
        let (lineno, col) = self.lines.line_col(start.to_u32());
        let (end_lineno, end_col) = self.lines.line_col(end.to_u32());
        Loc {
            lineno,
            col,
            end_lineno,
            end_col,
        }
    }

    /// The first offset at or after `off` that is not whitespace, a comment or a line
    /// continuation: where the keyword after a decorator list starts.
    pub(crate) fn skip_trivia(&self, off: TextSize) -> TextSize {
        let b = self.src.as_bytes();
        let mut i = off.to_usize();
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\x0c' | b'\n' | b'\\' => i += 1,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        TextSize::new(i as u32)
    }

    pub(crate) fn ident(&self, id: &rast::Identifier) -> Ident {
        id.as_str().to_string()
    }

    pub(crate) fn stmts(&mut self, it: impl Iterator<Item = rast::Stmt>) -> CResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(it.size_hint().0);
        for s in it {
            out.push(self.stmt(s)?);
        }
        Ok(out)
    }

    fn stmt(&mut self, s: rast::Stmt) -> CResult<Stmt> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.mk.recursion_error());
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: rast::Stmt) -> CResult<Stmt> {
        let range = s.range();
        let mut loc = self.loc(range);
        use rast::Stmt as S;
        let kind = match s {
            S::FunctionDef(f) => {
                if !f.decorator_list.is_empty() {
                    let last = f.decorator_list.last().map(|d| d.range.end());
                    if let Some(end) = last {
                        let start = self.skip_trivia(end);
                        loc = self.loc2(start, range.end());
                    }
                }
                let decorator_list = self.decorators(f.decorator_list)?;
                let args = self.parameters(*f.parameters)?;
                let returns = self.opt_expr(f.returns)?;
                let body = self.stmts(f.body.into_iter())?;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: self.ident(&f.name),
                    args,
                    body,
                    decorator_list,
                    returns,
                    is_async: f.is_async,
                }))
            }
            S::ClassDef(c) => {
                if let Some(end) = c.decorator_list.last().map(|d| d.range.end()) {
                    let start = self.skip_trivia(end);
                    loc = self.loc2(start, range.end());
                }
                let decorator_list = self.decorators(c.decorator_list)?;
                let (bases, keywords) = match c.arguments {
                    Some(a) => self.call_arguments(*a)?,
                    None => (Vec::new(), Vec::new()),
                };
                let body = self.stmts(c.body.into_iter())?;
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: self.ident(&c.name),
                    bases,
                    keywords,
                    body,
                    decorator_list,
                }))
            }
            S::Return(r) => StmtKind::Return(self.opt_expr(r.value)?),
            S::Delete(d) => StmtKind::Delete(self.exprs(d.targets)?),
            S::Assign(a) => StmtKind::Assign {
                targets: self.exprs(a.targets)?,
                value: self.expr(*a.value)?,
            },
            S::AugAssign(a) => StmtKind::AugAssign {
                target: self.expr(*a.target)?,
                op: binop(a.op),
                value: self.expr(*a.value)?,
            },
            S::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.expr(*a.target)?,
                annotation: self.expr(*a.annotation)?,
                value: self.opt_expr(a.value)?,
                simple: a.simple,
            },
            S::For(f) => StmtKind::For {
                is_async: f.is_async,
                target: self.expr(*f.target)?,
                iter: self.expr(*f.iter)?,
                body: self.stmts(f.body.into_iter())?,
                orelse: self.stmts(f.orelse.into_iter())?,
            },
            S::While(w) => StmtKind::While {
                test: self.expr(*w.test)?,
                body: self.stmts(w.body.into_iter())?,
                orelse: self.stmts(w.orelse.into_iter())?,
            },
            S::If(i) => {
                let test = self.expr(*i.test)?;
                let body = self.stmts(i.body.into_iter())?;
                let orelse = self.elif_chain(i.elif_else_clauses, range.end())?;
                StmtKind::If { test, body, orelse }
            }
            S::With(w) => {
                let mut items = Vec::with_capacity(w.items.len());
                for it in w.items {
                    items.push(WithItem {
                        context_expr: self.expr(it.context_expr)?,
                        optional_vars: self.opt_expr(it.optional_vars)?,
                    });
                }
                StmtKind::With {
                    is_async: w.is_async,
                    items,
                    body: self.stmts(w.body.into_iter())?,
                }
            }
            S::Match(m) => {
                let subject = self.expr(*m.subject)?;
                let mut cases = Vec::with_capacity(m.cases.len());
                for c in m.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(c.pattern)?,
                        guard: self.opt_expr(c.guard)?,
                        body: self.stmts(c.body.into_iter())?,
                    });
                }
                StmtKind::Match { subject, cases }
            }
            S::Raise(r) => StmtKind::Raise {
                exc: self.opt_expr(r.exc)?,
                cause: self.opt_expr(r.cause)?,
            },
            S::Try(t) => {
                let body = self.stmts(t.body.into_iter())?;
                let mut handlers = Vec::with_capacity(t.handlers.len());
                for h in t.handlers {
                    let rast::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(ExceptHandler {
                        loc: self.loc(h.range),
                        typ: self.opt_expr(h.type_)?,
                        name: h.name.as_ref().map(|n| self.ident(n)),
                        body: self.stmts(h.body.into_iter())?,
                    });
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse: self.stmts(t.orelse.into_iter())?,
                    finalbody: self.stmts(t.finalbody.into_iter())?,
                    is_star: t.is_star,
                }
            }
            S::Assert(a) => StmtKind::Assert {
                test: self.expr(*a.test)?,
                msg: self.opt_expr(a.msg)?,
            },
            S::Import(i) => StmtKind::Import(self.aliases(i.names)),
            S::ImportFrom(i) => StmtKind::ImportFrom {
                module: i.module.as_ref().map(|m| self.ident(m)),
                names: self.aliases(i.names),
                level: i.level,
            },
            S::Global(g) => StmtKind::Global(g.names.iter().map(|n| self.ident(n)).collect()),
            S::Nonlocal(g) => StmtKind::Nonlocal(g.names.iter().map(|n| self.ident(n)).collect()),
            S::Expr(e) => StmtKind::Expr(self.expr(*e.value)?),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::TypeAlias(_) | S::IpyEscapeCommand(_) => {
                return Err(self.mk.at_range(range, "invalid syntax"));
            }
        };
        Ok(Stmt { loc, kind })
    }

    /// `elif`/`else` clauses → the nested `orelse` lists CPython builds. Each `elif` becomes
    /// an `If` spanning from its keyword to the end of the whole chain.
    fn elif_chain(
        &mut self,
        clauses: Vec<rast::ElifElseClause>,
        chain_end: TextSize,
    ) -> CResult<Vec<Stmt>> {
        let mut orelse: Vec<Stmt> = Vec::new();
        for clause in clauses.into_iter().rev() {
            let start = clause.range.start();
            match clause.test {
                None => {
                    orelse = self.stmts(clause.body.into_iter())?;
                }
                Some(test) => {
                    let test = self.expr(test)?;
                    let body = self.stmts(clause.body.into_iter())?;
                    let loc = self.loc2(start, chain_end);
                    orelse = vec![Stmt {
                        loc,
                        kind: StmtKind::If { test, body, orelse },
                    }];
                }
            }
        }
        Ok(orelse)
    }

    fn decorators(&mut self, ds: impl IntoIterator<Item = rast::Decorator>) -> CResult<Vec<Expr>> {
        let mut out = Vec::new();
        for d in ds {
            out.push(self.expr(d.expression)?);
        }
        Ok(out)
    }

    fn aliases(&self, names: Vec<rast::Alias>) -> Vec<Alias> {
        names
            .iter()
            .map(|a| Alias {
                loc: self.loc(a.range),
                name: self.ident(&a.name),
                asname: a.asname.as_ref().map(|n| self.ident(n)),
            })
            .collect()
    }

    pub(crate) fn parameters(&mut self, p: rast::Parameters) -> CResult<Arguments> {
        let mut out = Arguments::default();
        for pd in p.posonlyargs {
            out.posonlyargs.push(self.param(pd.parameter)?);
            if let Some(d) = pd.default {
                out.defaults.push(self.expr(*d)?);
            }
        }
        for pd in p.args {
            out.args.push(self.param(pd.parameter)?);
            if let Some(d) = pd.default {
                out.defaults.push(self.expr(*d)?);
            }
        }
        if let Some(v) = p.vararg {
            out.vararg = Some(self.param(*v)?);
        }
        for pd in p.kwonlyargs {
            out.kwonlyargs.push(self.param(pd.parameter)?);
            out.kw_defaults.push(match pd.default {
                Some(d) => Some(self.expr(*d)?),
                None => None,
            });
        }
        if let Some(k) = p.kwarg {
            out.kwarg = Some(self.param(*k)?);
        }
        Ok(out)
    }

    fn param(&mut self, p: rast::Parameter) -> CResult<Arg> {
        // CPython's `arg` spans the name and its annotation, never the `*`/`**`.
        let start = p.name.range.start();
        let end = match &p.annotation {
            Some(a) => a.range().end(),
            None => p.name.range.end(),
        };
        Ok(Arg {
            loc: self.loc2(start, end),
            arg: self.ident(&p.name),
            annotation: self.opt_expr(p.annotation)?,
        })
    }
}

pub(crate) fn binop(op: rast::Operator) -> BinOp {
    use rast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mult,
        O::MatMult => BinOp::MatMult,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}
