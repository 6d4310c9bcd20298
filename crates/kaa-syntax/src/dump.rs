//! A compact, deterministic text dump of kaa's AST in CPython 3.11's node and field names
//! (`ast.dump(..., include_attributes=True)` minus its Python-specific value reprs): what the
//! differential tests compare against `tests/astdump.py` run under `python3`, and handy for
//! debugging. Format: `Node(field=value,...)@lineno:col-end_lineno:end_col`; strings are
//! `"..."` with characters outside printable ASCII (and `\`, `"`) as `\u{hex}`; floats are
//! `f:` + their IEEE bits in hex, imaginary literals `j:` + bits, bytes `b:` + hex.

use std::fmt::Write;

use crate::ast::*;

/// Dumps a module.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper { out: String::new() };
    d.open("Module");
    d.field("body", |d| d.stmts(&m.body));
    d.close(None);
    d.out
}

/// Dumps an expression (as `Expression(body=...)`).
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper { out: String::new() };
    d.open("Expression");
    d.field("body", |d| d.expr(e));
    d.close(None);
    d.out
}

struct Dumper {
    out: String,
}

fn escape(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '\\' && c != '"' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    out.push('"');
}

impl Dumper {
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    fn close(&mut self, loc: Option<&Loc>) {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        self.out.push(')');
        if let Some(l) = loc {
            let _ = write!(
                self.out,
                "@{}:{}-{}:{}",
                l.lineno, l.col, l.end_lineno, l.end_col
            );
        }
    }

    fn field(&mut self, name: &str, f: impl FnOnce(&mut Self)) {
        self.out.push_str(name);
        self.out.push('=');
        f(self);
        self.out.push(',');
    }

    fn s(&mut self, s: &str) {
        escape(s, &mut self.out);
    }

    fn opt_s(&mut self, s: &Option<String>) {
        match s {
            Some(s) => self.s(s),
            None => self.out.push_str("None"),
        }
    }

    fn int(&mut self, v: i64) {
        let _ = write!(self.out, "{v}");
    }

    fn unit(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            f(self, it);
        }
        self.out.push(']');
    }

    fn names(&mut self, names: &[String]) {
        self.list(names, |d, n| d.s(n));
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr]) {
        self.list(es, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, e: &Option<Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push_str("None"),
        }
    }

    fn opt_bexpr(&mut self, e: &Option<Box<Expr>>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push_str("None"),
        }
    }

    fn ctx(&mut self, c: Ctx) {
        self.unit(match c {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.open(if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                });
                self.field("name", |d| d.s(&f.name));
                self.field("args", |d| d.arguments(&f.args));
                self.field("body", |d| d.stmts(&f.body));
                self.field("decorator_list", |d| d.exprs(&f.decorator_list));
                self.field("returns", |d| d.opt_expr(&f.returns));
            }
            StmtKind::ClassDef(c) => {
                self.open("ClassDef");
                self.field("name", |d| d.s(&c.name));
                self.field("bases", |d| d.exprs(&c.bases));
                self.field("keywords", |d| d.list(&c.keywords, |d, k| d.keyword(k)));
                self.field("body", |d| d.stmts(&c.body));
                self.field("decorator_list", |d| d.exprs(&c.decorator_list));
            }
            StmtKind::Return(v) => {
                self.open("Return");
                self.field("value", |d| d.opt_expr(v));
            }
            StmtKind::Delete(t) => {
                self.open("Delete");
                self.field("targets", |d| d.exprs(t));
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.field("targets", |d| d.exprs(targets));
                self.field("value", |d| d.expr(value));
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field("target", |d| d.expr(target));
                self.field("op", |d| d.binop(*op));
                self.field("value", |d| d.expr(value));
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field("target", |d| d.expr(target));
                self.field("annotation", |d| d.expr(annotation));
                self.field("value", |d| d.opt_expr(value));
                self.field("simple", |d| d.int(*simple as i64));
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if *is_async { "AsyncFor" } else { "For" });
                self.field("target", |d| d.expr(target));
                self.field("iter", |d| d.expr(iter));
                self.field("body", |d| d.stmts(body));
                self.field("orelse", |d| d.stmts(orelse));
            }
            StmtKind::While { test, body, orelse } => {
                self.open("While");
                self.field("test", |d| d.expr(test));
                self.field("body", |d| d.stmts(body));
                self.field("orelse", |d| d.stmts(orelse));
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If");
                self.field("test", |d| d.expr(test));
                self.field("body", |d| d.stmts(body));
                self.field("orelse", |d| d.stmts(orelse));
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.open(if *is_async { "AsyncWith" } else { "With" });
                self.field("items", |d| {
                    d.list(items, |d, it| {
                        d.open("withitem");
                        d.field("context_expr", |d| d.expr(&it.context_expr));
                        d.field("optional_vars", |d| d.opt_expr(&it.optional_vars));
                        d.close(None);
                    })
                });
                self.field("body", |d| d.stmts(body));
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.field("subject", |d| d.expr(subject));
                self.field("cases", |d| {
                    d.list(cases, |d, c| {
                        d.open("match_case");
                        d.field("pattern", |d| d.pattern(&c.pattern));
                        d.field("guard", |d| d.opt_expr(&c.guard));
                        d.field("body", |d| d.stmts(&c.body));
                        d.close(None);
                    })
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.field("exc", |d| d.opt_expr(exc));
                self.field("cause", |d| d.opt_expr(cause));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.open(if *is_star { "TryStar" } else { "Try" });
                self.field("body", |d| d.stmts(body));
                self.field("handlers", |d| {
                    d.list(handlers, |d, h| {
                        d.open("ExceptHandler");
                        d.field("type", |d| d.opt_expr(&h.typ));
                        d.field("name", |d| d.opt_s(&h.name));
                        d.field("body", |d| d.stmts(&h.body));
                        d.close(Some(&h.loc));
                    })
                });
                self.field("orelse", |d| d.stmts(orelse));
                self.field("finalbody", |d| d.stmts(finalbody));
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.field("test", |d| d.expr(test));
                self.field("msg", |d| d.opt_expr(msg));
            }
            StmtKind::Import(names) => {
                self.open("Import");
                self.field("names", |d| d.list(names, |d, a| d.alias(a)));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.field("module", |d| d.opt_s(module));
                self.field("names", |d| d.list(names, |d, a| d.alias(a)));
                self.field("level", |d| d.int(*level as i64));
            }
            StmtKind::Global(n) => {
                self.open("Global");
                self.field("names", |d| d.names(n));
            }
            StmtKind::Nonlocal(n) => {
                self.open("Nonlocal");
                self.field("names", |d| d.names(n));
            }
            StmtKind::Expr(e) => {
                self.open("Expr");
                self.field("value", |d| d.expr(e));
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.close(Some(&s.loc));
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.field("name", |d| d.s(&a.name));
        self.field("asname", |d| d.opt_s(&a.asname));
        self.close(Some(&a.loc));
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.field("arg", |d| d.opt_s(&k.arg));
        self.field("value", |d| d.expr(&k.value));
        self.close(Some(&k.loc));
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.field("arg", |d| d.s(&a.arg));
        self.field("annotation", |d| d.opt_expr(&a.annotation));
        self.close(Some(&a.loc));
    }

    fn opt_arg(&mut self, a: &Option<Arg>) {
        match a {
            Some(a) => self.arg(a),
            None => self.out.push_str("None"),
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.field("posonlyargs", |d| d.list(&a.posonlyargs, |d, x| d.arg(x)));
        self.field("args", |d| d.list(&a.args, |d, x| d.arg(x)));
        self.field("vararg", |d| d.opt_arg(&a.vararg));
        self.field("kwonlyargs", |d| d.list(&a.kwonlyargs, |d, x| d.arg(x)));
        self.field("kw_defaults", |d| {
            d.list(&a.kw_defaults, |d, x| d.opt_expr(x))
        });
        self.field("kwarg", |d| d.opt_arg(&a.kwarg));
        self.field("defaults", |d| d.exprs(&a.defaults));
        self.close(None);
    }

    fn binop(&mut self, op: BinOp) {
        self.unit(match op {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mult => "Mult",
            BinOp::MatMult => "MatMult",
            BinOp::Div => "Div",
            BinOp::Mod => "Mod",
            BinOp::Pow => "Pow",
            BinOp::LShift => "LShift",
            BinOp::RShift => "RShift",
            BinOp::BitOr => "BitOr",
            BinOp::BitXor => "BitXor",
            BinOp::BitAnd => "BitAnd",
            BinOp::FloorDiv => "FloorDiv",
        });
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push_str("None"),
            Constant::Bool(b) => self.out.push_str(if *b { "True" } else { "False" }),
            Constant::Ellipsis => self.out.push_str("..."),
            Constant::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Constant::Float(f) => {
                let _ = write!(self.out, "f:{:016x}", f.to_bits());
            }
            Constant::Complex(f) => {
                let _ = write!(self.out, "j:{:016x}", f.to_bits());
            }
            Constant::Str(s) | Constant::SurrogateStr(s) => self.s(s),
            Constant::Bytes(b) => {
                self.out.push_str("b:");
                for x in b {
                    let _ = write!(self.out, "{x:02x}");
                }
            }
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.open("comprehension");
            d.field("target", |d| d.expr(&g.target));
            d.field("iter", |d| d.expr(&g.iter));
            d.field("ifs", |d| d.exprs(&g.ifs));
            d.field("is_async", |d| d.int(g.is_async as i64));
            d.close(None);
        });
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.field("op", |d| {
                    d.unit(match op {
                        BoolOp::And => "And",
                        BoolOp::Or => "Or",
                    })
                });
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field("target", |d| d.expr(target));
                self.field("value", |d| d.expr(value));
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field("left", |d| d.expr(left));
                self.field("op", |d| d.binop(*op));
                self.field("right", |d| d.expr(right));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.field("op", |d| {
                    d.unit(match op {
                        UnaryOp::Invert => "Invert",
                        UnaryOp::Not => "Not",
                        UnaryOp::UAdd => "UAdd",
                        UnaryOp::USub => "USub",
                    })
                });
                self.field("operand", |d| d.expr(operand));
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args", |d| d.arguments(args));
                self.field("body", |d| d.expr(body));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field("test", |d| d.expr(test));
                self.field("body", |d| d.expr(body));
                self.field("orelse", |d| d.expr(orelse));
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.field("keys", |d| d.list(keys, |d, k| d.opt_expr(k)));
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::Set(elts) => {
                self.open("Set");
                self.field("elts", |d| d.exprs(elts));
            }
            ExprKind::ListComp { elt, generators } => {
                self.open("ListComp");
                self.field("elt", |d| d.expr(elt));
                self.field("generators", |d| d.comprehensions(generators));
            }
            ExprKind::SetComp { elt, generators } => {
                self.open("SetComp");
                self.field("elt", |d| d.expr(elt));
                self.field("generators", |d| d.comprehensions(generators));
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field("key", |d| d.expr(key));
                self.field("value", |d| d.expr(value));
                self.field("generators", |d| d.comprehensions(generators));
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.open("GeneratorExp");
                self.field("elt", |d| d.expr(elt));
                self.field("generators", |d| d.comprehensions(generators));
            }
            ExprKind::Await(v) => {
                self.open("Await");
                self.field("value", |d| d.expr(v));
            }
            ExprKind::Yield(v) => {
                self.open("Yield");
                self.field("value", |d| d.opt_bexpr(v));
            }
            ExprKind::YieldFrom(v) => {
                self.open("YieldFrom");
                self.field("value", |d| d.expr(v));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field("left", |d| d.expr(left));
                self.field("ops", |d| {
                    d.list(ops, |d, o| {
                        d.unit(match o {
                            CmpOp::Eq => "Eq",
                            CmpOp::NotEq => "NotEq",
                            CmpOp::Lt => "Lt",
                            CmpOp::LtE => "LtE",
                            CmpOp::Gt => "Gt",
                            CmpOp::GtE => "GtE",
                            CmpOp::Is => "Is",
                            CmpOp::IsNot => "IsNot",
                            CmpOp::In => "In",
                            CmpOp::NotIn => "NotIn",
                        })
                    })
                });
                self.field("comparators", |d| d.exprs(comparators));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field("func", |d| d.expr(func));
                self.field("args", |d| d.exprs(args));
                self.field("keywords", |d| d.list(keywords, |d, k| d.keyword(k)));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field("value", |d| d.expr(value));
                self.field("conversion", |d| d.int(*conversion as i64));
                self.field("format_spec", |d| d.opt_bexpr(format_spec));
            }
            ExprKind::JoinedStr(values) => {
                self.open("JoinedStr");
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::Constant(c) => {
                self.open("Constant");
                self.field("value", |d| d.constant(c));
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field("value", |d| d.expr(value));
                self.field("attr", |d| d.s(attr));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field("value", |d| d.expr(value));
                self.field("slice", |d| d.expr(slice));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.field("value", |d| d.expr(value));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.field("id", |d| d.s(id));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::List { elts, ctx } => {
                self.open("List");
                self.field("elts", |d| d.exprs(elts));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::Tuple { elts, ctx } => {
                self.open("Tuple");
                self.field("elts", |d| d.exprs(elts));
                self.field("ctx", |d| d.ctx(*ctx));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.field("lower", |d| d.opt_bexpr(lower));
                self.field("upper", |d| d.opt_bexpr(upper));
                self.field("step", |d| d.opt_bexpr(step));
            }
        }
        self.close(Some(&e.loc));
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.open("MatchValue");
                self.field("value", |d| d.expr(v));
            }
            PatternKind::MatchSingleton(c) => {
                self.open("MatchSingleton");
                self.field("value", |d| d.constant(c));
            }
            PatternKind::MatchSequence(ps) => {
                self.open("MatchSequence");
                self.field("patterns", |d| d.list(ps, |d, p| d.pattern(p)));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.field("keys", |d| d.exprs(keys));
                self.field("patterns", |d| d.list(patterns, |d, p| d.pattern(p)));
                self.field("rest", |d| d.opt_s(rest));
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.field("cls", |d| d.expr(cls));
                self.field("patterns", |d| d.list(patterns, |d, p| d.pattern(p)));
                self.field("kwd_attrs", |d| d.names(kwd_attrs));
                self.field("kwd_patterns", |d| {
                    d.list(kwd_patterns, |d, p| d.pattern(p))
                });
            }
            PatternKind::MatchStar(n) => {
                self.open("MatchStar");
                self.field("name", |d| d.opt_s(n));
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                self.field("pattern", |d| match pattern {
                    Some(p) => d.pattern(p),
                    None => d.out.push_str("None"),
                });
                self.field("name", |d| d.opt_s(name));
            }
            PatternKind::MatchOr(ps) => {
                self.open("MatchOr");
                self.field("patterns", |d| d.list(ps, |d, p| d.pattern(p)));
            }
        }
        self.close(Some(&p.loc));
    }
}
