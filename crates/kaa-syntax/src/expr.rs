//! The expression half of the ruff → kaa AST conversion: every expression kind, string
//! literals (implicit concatenation, f-strings rebuilt into CPython 3.11's `JoinedStr` shape),
//! numbers, call arguments and match patterns.
//!
//! CPython 3.11 specifics mirrored here: in an f-string, every `Constant` and
//! `FormattedValue` (and the `JoinedStr`) spans the whole implicitly concatenated literal,
//! while a `format_spec`'s `JoinedStr` spans only the string token it sits in; adjacent
//! literal pieces (also from plain strings concatenated with f-strings) merge into one
//! `Constant`; empty pieces vanish; a self-documenting `{x=}` contributes its source text
//! (`x=` with its spaces) to the literal and gets conversion `r` unless a conversion or a
//! format spec is given. Expressions inside replacement fields keep their true positions.

use num_bigint::BigInt;
use ruff_python_ast as rast;
use ruff_text_size::{Ranged, TextRange};

use crate::ast::*;
use crate::convert::{binop, CResult, Conv, MAX_EXPR_DEPTH};

fn ctx(c: rast::ExprContext) -> Ctx {
    match c {
        rast::ExprContext::Store => Ctx::Store,
        rast::ExprContext::Del => Ctx::Del,
        rast::ExprContext::Load | rast::ExprContext::Invalid => Ctx::Load,
    }
}

fn cmpop(op: rast::CmpOp) -> CmpOp {
    use rast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

/// Accumulates the values of a `JoinedStr`, merging adjacent literal text as CPython does.
struct JoinedBuilder {
    values: Vec<Expr>,
    pending: String,
    /// Whether `pending` holds lone surrogates' stand-ins.
    surrogates: bool,
    loc: Loc,
}

impl JoinedBuilder {
    fn new(loc: Loc) -> Self {
        JoinedBuilder {
            values: Vec::new(),
            pending: String::new(),
            surrogates: false,
            loc,
        }
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            let c = if std::mem::take(&mut self.surrogates) {
                Constant::SurrogateStr(s)
            } else {
                Constant::Str(s)
            };
            self.values.push(Expr {
                loc: self.loc,
                kind: ExprKind::Constant(c),
            });
        }
    }

    /// Appends literal text: `surrogate` is its re-decoded form when it escapes surrogates.
    fn push_literal(&mut self, text: &str, surrogate: Option<String>) {
        match surrogate {
            Some(s) => {
                self.surrogates = true;
                self.pending.push_str(&s);
            }
            None => self.pending.push_str(text),
        }
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }

    /// CPython flushes the trailing literal of a format spec with the range of the string
    /// token it is in, while literals before a replacement field get the whole literal's.
    fn finish_at(mut self, loc: Loc) -> Vec<Expr> {
        self.loc = loc;
        self.finish()
    }
}

impl Conv<'_> {
    pub(crate) fn exprs(&mut self, es: impl IntoIterator<Item = rast::Expr>) -> CResult<Vec<Expr>> {
        let it = es.into_iter();
        let mut out = Vec::with_capacity(it.size_hint().0);
        for e in it {
            out.push(self.expr(e)?);
        }
        Ok(out)
    }

    pub(crate) fn opt_expr(&mut self, e: Option<Box<rast::Expr>>) -> CResult<Option<Expr>> {
        match e {
            Some(e) => Ok(Some(self.expr(*e)?)),
            None => Ok(None),
        }
    }

    fn opt_box(&mut self, e: Option<Box<rast::Expr>>) -> CResult<Option<Box<Expr>>> {
        Ok(self.opt_expr(e)?.map(Box::new))
    }

    fn bexpr(&mut self, e: rast::Expr) -> CResult<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    pub(crate) fn expr(&mut self, e: rast::Expr) -> CResult<Expr> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.mk.recursion_error());
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: rast::Expr) -> CResult<Expr> {
        let range = e.range();
        let loc = self.loc(range);
        use rast::Expr as E;
        let kind = match e {
            E::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    rast::BoolOp::And => BoolOp::And,
                    rast::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(b.values)?,
            },
            E::Named(n) => ExprKind::NamedExpr {
                target: self.bexpr(*n.target)?,
                value: self.bexpr(*n.value)?,
            },
            E::BinOp(b) => ExprKind::BinOp {
                left: self.bexpr(*b.left)?,
                op: binop(b.op),
                right: self.bexpr(*b.right)?,
            },
            E::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    rast::UnaryOp::Invert => UnaryOp::Invert,
                    rast::UnaryOp::Not => UnaryOp::Not,
                    rast::UnaryOp::UAdd => UnaryOp::UAdd,
                    rast::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.bexpr(*u.operand)?,
            },
            E::Lambda(l) => ExprKind::Lambda {
                args: Box::new(match l.parameters {
                    Some(p) => self.parameters(*p)?,
                    None => Arguments::default(),
                }),
                body: self.bexpr(*l.body)?,
            },
            E::If(i) => ExprKind::IfExp {
                test: self.bexpr(*i.test)?,
                body: self.bexpr(*i.body)?,
                orelse: self.bexpr(*i.orelse)?,
            },
            E::Dict(d) => {
                let mut keys = Vec::with_capacity(d.items.len());
                let mut values = Vec::with_capacity(d.items.len());
                for item in d.items {
                    keys.push(match item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    });
                    values.push(self.expr(item.value)?);
                }
                ExprKind::Dict { keys, values }
            }
            E::Set(s) => ExprKind::Set(self.exprs(s.elts)?),
            E::ListComp(c) => ExprKind::ListComp {
                elt: self.bexpr(*c.elt)?,
                generators: self.comprehensions(c.generators)?,
            },
            E::SetComp(c) => ExprKind::SetComp {
                elt: self.bexpr(*c.elt)?,
                generators: self.comprehensions(c.generators)?,
            },
            E::DictComp(c) => {
                let Some(key) = c.key else {
                    return Err(self
                        .mk
                        .at_range(range, "dict unpacking cannot be used in dict comprehension"));
                };
                ExprKind::DictComp {
                    key: self.bexpr(*key)?,
                    value: self.bexpr(*c.value)?,
                    generators: self.comprehensions(c.generators)?,
                }
            }
            E::Generator(g) => ExprKind::GeneratorExp {
                elt: self.bexpr(*g.elt)?,
                generators: self.comprehensions(g.generators)?,
            },
            E::Await(a) => ExprKind::Await(self.bexpr(*a.value)?),
            E::Yield(y) => ExprKind::Yield(self.opt_box(y.value)?),
            E::YieldFrom(y) => ExprKind::YieldFrom(self.bexpr(*y.value)?),
            E::Compare(c) => ExprKind::Compare {
                left: self.bexpr(*c.left)?,
                ops: c.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: self.exprs(c.comparators.into_vec())?,
            },
            E::Call(c) => {
                let func = self.bexpr(*c.func)?;
                let (args, keywords) = self.call_arguments(c.arguments)?;
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                }
            }
            E::FString(f) => ExprKind::JoinedStr(self.fstring(f.value, loc)?),
            E::StringLiteral(s) => {
                let mut out = String::new();
                let mut surrogates = false;
                for part in s.value.iter() {
                    match self.surrogate_literal(part) {
                        Some(v) => {
                            surrogates = true;
                            out.push_str(&v);
                        }
                        None => out.push_str(&part.value),
                    }
                }
                ExprKind::Constant(if surrogates {
                    Constant::SurrogateStr(out)
                } else {
                    Constant::Str(out)
                })
            }
            E::BytesLiteral(b) => {
                let mut out = Vec::new();
                for part in b.value.iter() {
                    out.extend_from_slice(&part.value);
                }
                ExprKind::Constant(Constant::Bytes(out))
            }
            E::NumberLiteral(n) => ExprKind::Constant(match n.value {
                rast::Number::Int(i) => Constant::Int(self.int_value(&i, range)),
                rast::Number::Float(f) => Constant::Float(f),
                rast::Number::Complex { imag, .. } => Constant::Complex(imag),
            }),
            E::BooleanLiteral(b) => ExprKind::Constant(Constant::Bool(b.value)),
            E::NoneLiteral(_) => ExprKind::Constant(Constant::None),
            E::EllipsisLiteral(_) => ExprKind::Constant(Constant::Ellipsis),
            E::Attribute(a) => ExprKind::Attribute {
                value: self.bexpr(*a.value)?,
                attr: self.ident(&a.attr),
                ctx: ctx(a.ctx),
            },
            E::Subscript(s) => ExprKind::Subscript {
                value: self.bexpr(*s.value)?,
                slice: self.bexpr(*s.slice)?,
                ctx: ctx(s.ctx),
            },
            E::Starred(s) => ExprKind::Starred {
                value: self.bexpr(*s.value)?,
                ctx: ctx(s.ctx),
            },
            E::Name(n) => ExprKind::Name {
                id: n.id.as_str().to_string(),
                ctx: ctx(n.ctx),
            },
            E::List(l) => ExprKind::List {
                elts: self.exprs(l.elts)?,
                ctx: ctx(l.ctx),
            },
            E::Tuple(t) => ExprKind::Tuple {
                elts: self.exprs(t.elts)?,
                ctx: ctx(t.ctx),
            },
            E::Slice(s) => ExprKind::Slice {
                lower: self.opt_box(s.lower)?,
                upper: self.opt_box(s.upper)?,
                step: self.opt_box(s.step)?,
            },
            E::TString(_) | E::IpyEscapeCommand(_) => {
                return Err(self.mk.at_range(range, "invalid syntax"));
            }
        };
        Ok(Expr { loc, kind })
    }

    /// The value of an int literal, from its source text (ruff keeps only small values).
    fn int_value(&self, i: &rast::Int, range: TextRange) -> BigInt {
        if let Some(v) = i.as_i64() {
            return BigInt::from(v);
        }
        let text = self
            .src
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("0");
        parse_int_literal(text).unwrap_or_default()
    }

    fn comprehensions(&mut self, gens: Vec<rast::Comprehension>) -> CResult<Vec<Comprehension>> {
        let mut out = Vec::with_capacity(gens.len());
        for g in gens {
            out.push(Comprehension {
                target: self.expr(g.target)?,
                iter: self.expr(g.iter)?,
                ifs: self.exprs(g.ifs)?,
                is_async: g.is_async,
            });
        }
        Ok(out)
    }

    pub(crate) fn call_arguments(
        &mut self,
        a: rast::Arguments,
    ) -> CResult<(Vec<Expr>, Vec<Keyword>)> {
        let paren_range = a.range;
        let sole_genexp = a.keywords.is_empty()
            && a.args.len() == 1
            && matches!(&a.args[0], rast::Expr::Generator(g) if !g.parenthesized);
        let mut args = self.exprs(a.args.into_vec())?;
        if sole_genexp {
            // `f(x for x in y)`: CPython's GeneratorExp spans the call's parentheses.
            if let Some(g) = args.first_mut() {
                g.loc = self.loc(paren_range);
            }
        }
        let mut keywords = Vec::with_capacity(a.keywords.len());
        for k in a.keywords {
            keywords.push(Keyword {
                loc: self.loc(k.range),
                arg: k.arg.as_ref().map(|n| self.ident(n)),
                value: self.expr(k.value)?,
            });
        }
        Ok((args, keywords))
    }

    /// The value of a string literal part that escapes lone surrogates (the parser decoded
    /// them as U+FFFD; `surrogate::redecode_literal` puts them back from the source).
    fn surrogate_literal(&self, part: &rast::StringLiteral) -> Option<String> {
        if !part.value.contains('\u{fffd}') || part.flags.prefix().is_raw() {
            return None;
        }
        let text = self
            .src
            .get(part.range.start().to_usize()..part.range.end().to_usize())?;
        let text = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let q = if text.starts_with("\"\"\"") || text.starts_with("'''") {
            3
        } else {
            1
        };
        let body = text.get(q..text.len().checked_sub(q)?)?;
        crate::surrogate::redecode_literal(body, &part.value)
    }

    /// An implicitly concatenated string with at least one f-string part → `JoinedStr` values.
    fn fstring(&mut self, value: rast::FStringValue, loc: Loc) -> CResult<Vec<Expr>> {
        let mut jb = JoinedBuilder::new(loc);
        for part in value.iter() {
            match part {
                rast::FStringPart::Literal(s) => {
                    jb.push_literal(&s.value, self.surrogate_literal(s))
                }
                rast::FStringPart::FString(f) => {
                    let part_loc = self.loc(f.range);
                    self.fstring_elements(&f.elements, &mut jb, part_loc, f.range, 0)?;
                }
            }
        }
        Ok(jb.finish())
    }

    fn fstring_elements(
        &mut self,
        elements: &rast::InterpolatedStringElements,
        jb: &mut JoinedBuilder,
        part_loc: Loc,
        part_range: TextRange,
        spec_depth: u32,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                rast::InterpolatedStringElement::Literal(l) => {
                    let raw = self
                        .src
                        .get(part_range.start().to_usize()..)
                        .is_some_and(|t| {
                            t.chars()
                                .take_while(|c| c.is_ascii_alphabetic())
                                .any(|c| c == 'r' || c == 'R')
                        });
                    let surrogate = if raw || !l.value.contains('\u{fffd}') {
                        None
                    } else {
                        self.src
                            .get(l.range.start().to_usize()..l.range.end().to_usize())
                            .and_then(|t| crate::surrogate::redecode_literal(t, &l.value))
                    };
                    jb.push_literal(&l.value, surrogate)
                }
                rast::InterpolatedStringElement::Interpolation(i) => {
                    if spec_depth >= 2 {
                        return Err(self.mk.at_range(
                            TextRange::empty(part_range.end()),
                            "f-string: expressions nested too deeply",
                        ));
                    }
                    if let rast::Expr::Starred(st) = &*i.expression {
                        // CPython's f-string sub-parser positions relative to `(expr)`.
                        let brace = i.range.start().to_u32();
                        let (line, _) = self.lines.line_col(part_range.start().to_u32());
                        let a = st.range.start().to_u32() - brace + 1;
                        let b = st.range.end().to_u32() - brace + 1;
                        let mut e = self.mk.at_range(
                            TextRange::empty(part_range.start()),
                            "f-string: cannot use starred expression here",
                        );
                        e.lineno = line;
                        e.end_lineno = line;
                        e.offset = a;
                        e.end_offset = b;
                        return Err(e);
                    }
                    let mut conversion = match i.conversion {
                        rast::ConversionFlag::None => -1,
                        rast::ConversionFlag::Str => b's' as i32,
                        rast::ConversionFlag::Repr => b'r' as i32,
                        rast::ConversionFlag::Ascii => b'a' as i32,
                    };
                    if let Some(dbg) = &i.debug_text {
                        jb.pending.push_str(dbg.leading());
                        jb.pending.push_str(dbg.expression());
                        jb.pending.push_str(dbg.trailing());
                        if conversion == -1 && i.format_spec.is_none() {
                            conversion = b'r' as i32;
                        }
                    }
                    jb.flush();
                    let value = self.bexpr((*i.expression).clone())?;
                    let format_spec = match &i.format_spec {
                        Some(spec) => {
                            let mut inner = JoinedBuilder::new(jb.loc);
                            self.fstring_elements(
                                &spec.elements,
                                &mut inner,
                                part_loc,
                                part_range,
                                spec_depth + 1,
                            )?;
                            Some(Box::new(Expr {
                                loc: part_loc,
                                kind: ExprKind::JoinedStr(inner.finish_at(part_loc)),
                            }))
                        }
                        None => None,
                    };
                    jb.values.push(Expr {
                        loc: jb.loc,
                        kind: ExprKind::FormattedValue {
                            value,
                            conversion,
                            format_spec,
                        },
                    });
                }
            }
        }
        Ok(())
    }

    pub(crate) fn pattern(&mut self, p: rast::Pattern) -> CResult<Pattern> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.mk.recursion_error());
        }
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn patterns(&mut self, ps: impl IntoIterator<Item = rast::Pattern>) -> CResult<Vec<Pattern>> {
        let mut out = Vec::new();
        for p in ps {
            out.push(self.pattern(p)?);
        }
        Ok(out)
    }

    fn pattern_inner(&mut self, p: rast::Pattern) -> CResult<Pattern> {
        let loc = self.loc(p.range());
        use rast::Pattern as P;
        let kind = match p {
            P::MatchValue(v) => PatternKind::MatchValue(self.expr(*v.value)?),
            P::MatchSingleton(s) => PatternKind::MatchSingleton(match s.value {
                rast::Singleton::None => Constant::None,
                rast::Singleton::True => Constant::Bool(true),
                rast::Singleton::False => Constant::Bool(false),
            }),
            P::MatchSequence(s) => PatternKind::MatchSequence(self.patterns(s.patterns)?),
            P::MatchMapping(m) => PatternKind::MatchMapping {
                keys: self.exprs(m.keys)?,
                patterns: self.patterns(m.patterns)?,
                rest: m.rest.as_ref().map(|r| self.ident(r)),
            },
            P::MatchClass(c) => {
                let cls = self.expr(*c.cls)?;
                let patterns = self.patterns(c.arguments.patterns)?;
                let mut kwd_attrs = Vec::new();
                let mut kwd_patterns = Vec::new();
                for k in c.arguments.keywords {
                    kwd_attrs.push(self.ident(&k.attr));
                    kwd_patterns.push(self.pattern(k.pattern)?);
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            P::MatchStar(s) => PatternKind::MatchStar(s.name.as_ref().map(|n| self.ident(n))),
            P::MatchAs(a) => PatternKind::MatchAs {
                pattern: match a.pattern {
                    Some(p) => Some(Box::new(self.pattern(*p)?)),
                    None => None,
                },
                name: a.name.as_ref().map(|n| self.ident(n)),
            },
            P::MatchOr(o) => PatternKind::MatchOr(self.patterns(o.patterns)?),
        };
        Ok(Pattern { loc, kind })
    }
}

/// Parses a Python int literal (`123`, `0x_ff`, `0o17`, `0b1`, underscores allowed).
pub(crate) fn parse_int_literal(text: &str) -> Option<BigInt> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}
