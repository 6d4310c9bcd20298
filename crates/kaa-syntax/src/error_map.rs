//! Turning a failed parse into the `SyntaxError` CPython 3.11 raises for the same source.
//!
//! Precedence follows CPython's parser driver (`_PyPegen_run_parser` and
//! `_PyPegen_set_syntax_error`): a tokenizer error anywhere in the file wins (CPython
//! tokenizes the rest of the source after a parser error and reports what it finds there);
//! otherwise a bracket still open at the end of the file wins over a parser error on a later
//! line ("'(' was never closed"); otherwise ruff's first error is translated into CPython's
//! message for the same mistake (its `invalid_*` grammar rules: assignment targets,
//! "Perhaps you forgot a comma?", "expected ':'", missing indented blocks, legacy `print`,
//! argument order...) and positioned on the token CPython blames, falling back to a plain
//! "invalid syntax" at that token. Syntax newer than 3.11 (ruff's "unsupported syntax"
//! errors) is reported as 3.11 reports it. The list of mapped messages is in docs/syntax.md.

use ruff_python_ast as rast;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_parser::{
    InterpolatedStringErrorType as FErr, LexicalErrorType as Lex, Mode, ParseError,
    ParseErrorType as P, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind as U,
};
use ruff_text_size::{Ranged, TextRange};

use crate::ast::Stmt;
use crate::errors::{SyntaxError, SyntaxErrorKind};
use crate::lines::LineIndex;
use crate::tokenizer::{Scan, Tok, TokError, TokKind};

pub(crate) struct ErrorBuilder<'a> {
    pub(crate) src: &'a str,
    pub(crate) lines: &'a LineIndex,
    pub(crate) filename: &'a str,
}

impl ErrorBuilder<'_> {
    fn make(
        &self,
        kind: SyntaxErrorKind,
        msg: &str,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        let text = self.lines.line_text(self.src, lineno);
        SyntaxError {
            kind,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: if lineno == 0 || lineno > self.lines.line_count() {
                None
            } else if text.ends_with('\n') {
                Some(text.to_string())
            } else {
                Some(format!("{text}\n"))
            },
        }
    }

    pub(crate) fn no_position(&self, msg: &str) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }
    }

    pub(crate) fn recursion_error(&self) -> SyntaxError {
        let mut e = self.no_position("maximum recursion depth exceeded during compilation");
        e.kind = SyntaxErrorKind::RecursionError;
        e
    }

    pub(crate) fn tok_error(&self, e: &TokError) -> SyntaxError {
        self.make(
            e.kind,
            &e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
        )
    }

    /// An error spanning byte range `r`: offsets are 1-based characters.
    pub(crate) fn at_range(&self, r: TextRange, msg: &str) -> SyntaxError {
        self.at_range_kind(SyntaxErrorKind::SyntaxError, r, msg)
    }

    fn at_range_kind(&self, kind: SyntaxErrorKind, r: TextRange, msg: &str) -> SyntaxError {
        let (lineno, _) = self.lines.line_col(r.start().to_u32());
        let (end_lineno, _) = self.lines.line_col(r.end().to_u32());
        self.make(
            kind,
            msg,
            lineno,
            self.lines.char_offset(self.src, r.start().to_u32()),
            end_lineno,
            self.lines.char_offset(self.src, r.end().to_u32()),
        )
    }

    fn at_tok(&self, t: &Tok, msg: &str) -> SyntaxError {
        self.at_range(TextRange::new(t.start.into(), t.end.into()), msg)
    }
}

/// What CPython calls an expression in "cannot assign to %s" (`_PyPegen_get_expr_name`).
fn expr_name(e: &rast::Expr) -> &'static str {
    use rast::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::NoneLiteral(_) => "None",
        E::BooleanLiteral(b) if b.value => "True",
        E::BooleanLiteral(_) => "False",
        E::EllipsisLiteral(_) => "ellipsis",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Slice(_) | E::IpyEscapeCommand(_) => "expression",
    }
}

/// CPython's `bitwise_or` level: what may stand left of `=` in its "here. Maybe you meant
/// '=='" diagnostics (everything binding tighter than comparisons and `not`).
fn is_bitwise_or_level(e: &rast::Expr) -> bool {
    use rast::Expr as E;
    match e {
        E::Compare(_) | E::BoolOp(_) | E::If(_) | E::Lambda(_) | E::Named(_) | E::Starred(_) => {
            false
        }
        E::UnaryOp(u) => u.op != rast::UnaryOp::Not,
        E::Yield(_) | E::YieldFrom(_) | E::Slice(_) => false,
        _ => true,
    }
}

/// Everything the mapper needs from ruff's (error-recovered) tree.
#[derive(Default)]
struct TreeFacts<'a> {
    exprs: Vec<&'a rast::Expr>,
    /// (statement, its assignment targets) for `=`, augmented, `del`, `for`, `with`.
    assigns: Vec<(&'a rast::Stmt, TargetUse)>,
    stmts: Vec<&'a rast::Stmt>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetUse {
    Assign,
    Aug,
    Del,
    Other,
}

impl<'a> Visitor<'a> for TreeFacts<'a> {
    fn visit_stmt(&mut self, stmt: &'a rast::Stmt) {
        self.stmts.push(stmt);
        let use_ = match stmt {
            rast::Stmt::Assign(_) => Some(TargetUse::Assign),
            rast::Stmt::AugAssign(_) => Some(TargetUse::Aug),
            rast::Stmt::Delete(_) => Some(TargetUse::Del),
            rast::Stmt::For(_) | rast::Stmt::With(_) => Some(TargetUse::Other),
            _ => None,
        };
        if let Some(u) = use_ {
            self.assigns.push((stmt, u));
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a rast::Expr) {
        self.exprs.push(expr);
        walk_expr(self, expr);
    }
}

struct Mapper<'a> {
    mk: &'a ErrorBuilder<'a>,
    tokens: &'a [Tok],
    facts: TreeFacts<'a>,
}

impl<'a> Mapper<'a> {
    /// Index of the first CPython token ending after `off` (the token at or after it).
    fn tok_index_at(&self, off: u32) -> Option<usize> {
        let i = self.tokens.partition_point(|t| {
            t.end <= off && !(t.start == off && t.end == off) && t.kind != TokKind::EndMarker
        });
        if i < self.tokens.len() {
            Some(i)
        } else if self.tokens.is_empty() {
            None
        } else {
            Some(self.tokens.len() - 1)
        }
    }

    fn tok_at(&self, off: u32) -> Option<&'a Tok> {
        self.tok_index_at(off).map(|i| &self.tokens[i])
    }

    /// The first real token at or after `off` (skipping INDENT/DEDENT).
    fn real_tok_at(&self, off: u32) -> Option<(usize, &'a Tok)> {
        let mut i = self.tok_index_at(off)?;
        while i + 1 < self.tokens.len()
            && matches!(self.tokens[i].kind, TokKind::Indent | TokKind::Dedent)
        {
            i += 1;
        }
        Some((i, &self.tokens[i]))
    }

    fn invalid_syntax_at(&self, off: u32) -> SyntaxError {
        match self.real_tok_at(off) {
            Some((i, t)) => self.mk.at_tok(t, self.refine_generic(i)),
            None => self
                .mk
                .at_range(TextRange::empty(off.into()), "invalid syntax"),
        }
    }

    /// CPython's specific messages for a few tokens its grammar singles out.
    fn refine_generic(&self, i: usize) -> &'static str {
        let text = self.tok_text(&self.tokens[i]);
        match text {
            "/" | "*" => {
                // Look back within the same bracket for an earlier `/` or `*` parameter marker.
                let level = self.tokens[i].level;
                let mut j = i;
                let mut seen_slash = false;
                let mut seen_star = false;
                let mut first = true;
                while j > 0 {
                    j -= 1;
                    let t = &self.tokens[j];
                    if t.level < level {
                        break;
                    }
                    if t.level == level {
                        match self.tok_text(t) {
                            "/" => seen_slash = true,
                            "*" => seen_star = true,
                            _ => {}
                        }
                        first = false;
                    }
                }
                let in_def = j > 0
                    && self
                        .tokens
                        .get(j.saturating_sub(1))
                        .map(|t| {
                            self.tokens[..j].iter().rev().take(2).any(|_| true)
                                && t.kind == TokKind::Name
                        })
                        .unwrap_or(false)
                    && self.tokens[..j]
                        .iter()
                        .rev()
                        .nth(1)
                        .map(|t| self.tok_text(t) == "def")
                        .unwrap_or(false);
                if !in_def {
                    return "invalid syntax";
                }
                match text {
                    "/" if first => "at least one argument must precede /",
                    "/" if seen_slash => "/ may appear only once",
                    "/" if seen_star => "/ must be ahead of *",
                    "*" if seen_star => "* argument may appear only once",
                    _ => "invalid syntax",
                }
            }
            "except" => {
                let star_here = self
                    .tokens
                    .get(i + 1)
                    .map(|t| self.tok_text(t) == "*")
                    .unwrap_or(false);
                let col = self.mk.lines.line_col(self.tokens[i].start).1;
                for (k, t) in self.tokens[..i].iter().enumerate().rev() {
                    let tt = self.tok_text(t);
                    if tt == "try" && self.mk.lines.line_col(t.start).1 == col {
                        break;
                    }
                    if tt == "except" && self.mk.lines.line_col(t.start).1 == col {
                        let star = self
                            .tokens
                            .get(k + 1)
                            .map(|n| self.tok_text(n) == "*")
                            .unwrap_or(false);
                        if star != star_here {
                            return "cannot have both 'except' and 'except*' on the same 'try'";
                        }
                    }
                }
                "invalid syntax"
            }
            _ => "invalid syntax",
        }
    }

    fn expr_with_range(&self, r: TextRange) -> Option<&'a rast::Expr> {
        self.facts.exprs.iter().copied().find(|e| e.range() == r)
    }

    /// The outermost expression starting at `off` (largest end).
    fn outermost_starting_at(&self, off: u32) -> Option<&'a rast::Expr> {
        self.facts
            .exprs
            .iter()
            .copied()
            .filter(|e| e.range().start().to_u32() == off)
            .max_by_key(|e| e.range().end())
    }

    /// The outermost expression ending at `end` that starts at or after `lo`.
    fn outermost_ending_at(&self, end: u32, lo: u32) -> Option<&'a rast::Expr> {
        self.facts
            .exprs
            .iter()
            .copied()
            .filter(|e| e.range().end().to_u32() == end && e.range().start().to_u32() >= lo)
            .min_by_key(|e| e.range().start())
    }

    /// "invalid syntax. Perhaps you forgot a comma?" applies when, inside brackets, one
    /// expression is directly followed by another.
    fn forgot_comma(&self, off: u32) -> Option<SyntaxError> {
        let (i, t) = self.real_tok_at(off)?;
        if t.level == 0 || i == 0 {
            return None;
        }
        let prev = self.tokens.get(i - 1)?;
        let open = self.innermost_open_before(i)?;
        let a = self.outermost_ending_at(prev.end, open + 1)?;
        let b = self.outermost_starting_at(t.start)?;
        if !is_disjunction_level(a) || matches!(b, rast::Expr::Starred(_)) {
            return None;
        }
        // CPython skips `NAME STRING` (a string prefix typo) and soft keywords.
        if let rast::Expr::Name(n) = a {
            if matches!(n.id.as_str(), "match" | "case" | "_" | "type")
                || matches!(
                    b,
                    rast::Expr::StringLiteral(_)
                        | rast::Expr::FString(_)
                        | rast::Expr::BytesLiteral(_)
                )
            {
                return None;
            }
        }
        let end_level_ok = self
            .tok_index_at(b.range().end().to_u32().saturating_sub(1))
            .map(|j| self.tokens[j].level > 0)
            .unwrap_or(false);
        if !end_level_ok {
            return None;
        }
        Some(self.mk.at_range(
            TextRange::new(a.range().start(), b.range().end()),
            "invalid syntax. Perhaps you forgot a comma?",
        ))
    }

    /// Byte offset of the innermost bracket open before token `i`.
    fn innermost_open_before(&self, i: usize) -> Option<u32> {
        let mut depth = 0i32;
        for t in self.tokens[..i].iter().rev() {
            if t.kind != TokKind::Op || t.end != t.start + 1 {
                continue;
            }
            match self.mk.src.as_bytes().get(t.start as usize) {
                Some(b')' | b']' | b'}') => depth += 1,
                Some(b'(' | b'[' | b'{') => {
                    if depth == 0 {
                        return Some(t.start);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// `print x` / `exec code`: CPython's legacy-statement hint.
    fn legacy_print(&self, off: u32) -> Option<SyntaxError> {
        let (i, _) = self.real_tok_at(off)?;
        let prev = self.tokens.get(i.checked_sub(1)?)?;
        let word = self.mk.src.get(prev.start as usize..prev.end as usize)?;
        if word != "print" && word != "exec" {
            return None;
        }
        // The name must start its statement.
        let starts_stmt = self
            .facts
            .stmts
            .iter()
            .any(|s| s.range().start().to_u32() == prev.start);
        if !starts_stmt {
            return None;
        }
        let b = self.outermost_starting_at(self.tokens[i].start)?;
        let mut end = b.range().end();
        // `print a, b` is a tuple in CPython's eyes: extend over the statement ruff made.
        if let Some(s) = self
            .facts
            .stmts
            .iter()
            .find(|s| s.range().start() == b.range().start())
        {
            end = end.max(s.range().end());
        }
        Some(self.mk.at_range(
            TextRange::new(prev.start.into(), end),
            &format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
        ))
    }

    fn invalid_target(&self, r: TextRange, aug: bool) -> SyntaxError {
        let Some(e) = self.expr_with_range(r) else {
            return self.invalid_syntax_at(r.start().to_u32());
        };
        let name = expr_name(e);
        if matches!(e, rast::Expr::Yield(_) | rast::Expr::YieldFrom(_))
            && self.mk.src[r.start().to_usize()..].starts_with("yield")
        {
            return self
                .mk
                .at_range(r, "assignment to yield expression not possible");
        }
        if let Some(s) = self.name_eq_hint_in_assign(r) {
            return s;
        }
        let excluded = matches!(
            e,
            rast::Expr::List(_)
                | rast::Expr::Tuple(_)
                | rast::Expr::Generator(_)
                | rast::Expr::BooleanLiteral(_)
                | rast::Expr::NoneLiteral(_)
        );
        for (stmt, use_) in &self.facts.assigns {
            match (stmt, use_) {
                (rast::Stmt::Assign(a), TargetUse::Assign)
                    if a.targets.len() == 1
                        && a.targets[0].range() == r
                        && !excluded
                        && is_bitwise_or_level(e) =>
                {
                    return self.mk.at_range(
                        r,
                        &format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        ),
                    );
                }
                (rast::Stmt::AugAssign(a), TargetUse::Aug)
                    if a.target.range().contains_range(r) =>
                {
                    let whole = expr_name(&a.target);
                    return self.mk.at_range(
                        a.target.range(),
                        &format!("'{whole}' is an illegal expression for augmented assignment"),
                    );
                }
                (rast::Stmt::Delete(d), TargetUse::Del)
                    if d.targets.iter().any(|t| t.range().contains_range(r)) =>
                {
                    return self.mk.at_range(r, &format!("cannot delete {name}"));
                }
                _ => {}
            }
        }
        let _ = aug;
        self.mk.at_range(r, &format!("cannot assign to {name}"))
    }

    /// `a = 1 if b else c = 2`: CPython reads `a = 1` as a mistyped comparison.
    fn name_eq_hint_in_assign(&self, r: TextRange) -> Option<SyntaxError> {
        for (stmt, _) in &self.facts.assigns {
            let rast::Stmt::Assign(a) = stmt else {
                continue;
            };
            if a.targets.len() < 2 || !a.targets.iter().any(|t| t.range() == r) {
                continue;
            }
            let first = &a.targets[0];
            if !matches!(first, rast::Expr::Name(_)) {
                continue;
            }
            let second = &a.targets[1];
            if is_bitwise_or_level(second) {
                continue;
            }
            let mut b = second;
            loop {
                b = match b {
                    rast::Expr::If(i) => &i.body,
                    rast::Expr::Compare(c) => &c.left,
                    rast::Expr::BoolOp(o) => match o.values.first() {
                        Some(v) => v,
                        None => break,
                    },
                    _ => break,
                };
                if is_bitwise_or_level(b) {
                    return Some(self.mk.at_range(
                        TextRange::new(first.range().start(), b.range().end()),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    ));
                }
            }
        }
        None
    }

    fn header_line_before(&self, off: u32) -> u32 {
        // The logical line before the NEWLINE that precedes `off`: its first token.
        let Some(mut i) = self.tok_index_at(off) else {
            return 1;
        };
        // Step back to the NEWLINE ending the header.
        while i > 0 && self.tokens[i].kind != TokKind::Newline {
            i -= 1;
        }
        let mut j = i;
        while j > 0
            && !matches!(
                self.tokens[j - 1].kind,
                TokKind::Newline | TokKind::Indent | TokKind::Dedent
            )
        {
            j -= 1;
        }
        let start = self.tokens.get(j).map(|t| t.start).unwrap_or(0);
        // Decorators are their own logical lines, so `def` is found directly.
        self.mk.lines.line_col(start).0
    }

    fn tok_text(&self, t: &Tok) -> &'a str {
        self.mk
            .src
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// The keyword starting the logical line of token `i` (`async` skipped).
    fn stmt_keyword(&self, i: usize) -> &'a str {
        let mut j = i;
        while j > 0
            && !matches!(
                self.tokens[j - 1].kind,
                TokKind::Newline | TokKind::Indent | TokKind::Dedent
            )
        {
            j -= 1;
        }
        let mut w = self.tok_text(&self.tokens[j]);
        if w == "async" {
            if let Some(t) = self.tokens.get(j + 1) {
                w = self.tok_text(t);
            }
        }
        w
    }

    /// The innermost call whose range contains `r`.
    fn enclosing_call(&self, r: TextRange) -> Option<&'a rast::Expr> {
        self.facts
            .exprs
            .iter()
            .copied()
            .filter(|e| matches!(e, rast::Expr::Call(_)) && e.range().contains_range(r))
            .min_by_key(|e| e.range().len())
    }

    /// Errors CPython raises from its argument-list rules point at the last token it read:
    /// the closing parenthesis of the call.
    fn at_call_close(&self, r: TextRange, msg: &str) -> SyntaxError {
        if let Some(c) = self.enclosing_call(r) {
            let close = c.range().end().to_u32().saturating_sub(1);
            if let Some(t) = self.tok_at(close) {
                return self.mk.at_tok(t, msg);
            }
        }
        self.mk.at_range(r, msg)
    }

    /// The string token containing byte `off`, if it is an f-string.
    fn fstring_token_at(&self, off: u32) -> Option<&'a Tok> {
        let t = self
            .tokens
            .iter()
            .find(|t| t.kind == TokKind::String && t.start <= off && off < t.end)?;
        let prefix: String = self
            .tok_text(t)
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        prefix.contains(['f', 'F']).then_some(t)
    }

    /// An error inside an f-string replacement field, as CPython 3.11 reports it: its
    /// f-string sub-parser prefixes "f-string: " and positions relative to `(expr)`.
    fn fstring_field_error(&self, e: &ParseError, t: &Tok) -> SyntaxError {
        let src = self.mk.src.as_bytes();
        let off = e.location.start().to_u32() as usize;
        let mut brace = off.min(src.len().saturating_sub(1));
        while brace > t.start as usize && src[brace] != b'{' {
            brace -= 1;
        }
        let text = self.tok_text(t);
        let prefix = text.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        let quote = text.as_bytes().get(prefix).copied().unwrap_or(b'"');
        let qlen = if text[prefix..].starts_with(
            &[quote, quote, quote][..]
                .iter()
                .map(|&b| b as char)
                .collect::<String>(),
        ) {
            3
        } else {
            1
        };
        let content_end = (t.end as usize)
            .saturating_sub(qlen)
            .max(brace + 1)
            .min(src.len());
        let field: Vec<u8> = src[brace + 1..content_end]
            .iter()
            .copied()
            .take_while(|b| !matches!(b, b'}' | b'!' | b':' | b'='))
            .collect();
        let next = src.get(brace + 1 + field.len()).copied();
        if field.iter().all(|b| b.is_ascii_whitespace()) {
            let closed = brace + 1 + field.len() < content_end;
            let msg = match next {
                _ if !closed => "f-string: expecting '}'",
                Some(b'!') => "f-string: expression required before '!'",
                Some(b':') => "f-string: expression required before ':'",
                _ => "f-string: empty expression not allowed",
            };
            return self.after_string_token(t.start, msg);
        }
        let (msg, start, end) = match &e.error {
            P::FStringError(FErr::LambdaWithoutParentheses)
            | P::Lexical(Lex::FStringError(FErr::LambdaWithoutParentheses)) => {
                let colon = brace + 1 + field.len();
                ("f-string: invalid syntax".to_string(), colon, colon + 1)
            }
            P::FStringError(_) | P::Lexical(_) => {
                let m = self.map_error_plain(e);
                return m;
            }
            _ => {
                let m = self.map_error_plain(e);
                let msg = format!("f-string: {}", m.msg);
                // Re-derive the byte range CPython's message covers.
                let (sl, _) = (m.lineno, 0);
                let _ = sl;
                let line_start = self.mk.lines.line_start(m.lineno) as usize;
                let byte_of = |char_off: u32| -> usize {
                    let text = self.mk.lines.line_text(self.mk.src, m.lineno);
                    let n = text
                        .char_indices()
                        .nth(char_off.saturating_sub(1) as usize)
                        .map(|(i, _)| i)
                        .unwrap_or(text.len());
                    line_start + n
                };
                (msg, byte_of(m.offset), byte_of(m.end_offset))
            }
        };
        let rel = |b: usize| (b.saturating_sub(brace) + 1) as u32;
        let (line, _) = self.mk.lines.line_col(t.start);
        self.mk.make(
            SyntaxErrorKind::SyntaxError,
            &msg,
            line,
            rel(start),
            line,
            rel(end),
        )
    }

    fn map_error(&self, e: &ParseError) -> SyntaxError {
        let off = e.location.start().to_u32();
        if let Some(t) = self.fstring_token_at(off) {
            // Errors inside a replacement field (not about the f-string's own structure).
            let structural = matches!(
                &e.error,
                P::FStringError(f) | P::Lexical(Lex::FStringError(f))
                    if !matches!(f, FErr::LambdaWithoutParentheses)
            );
            if !structural {
                return self.fstring_field_error(e, t);
            }
        }
        self.map_error_plain(e)
    }

    fn map_error_plain(&self, e: &ParseError) -> SyntaxError {
        let r = e.location;
        let off = r.start().to_u32();
        let mk = self.mk;
        match &e.error {
            P::Lexical(l) => self.map_lexical(l, r),
            P::FStringError(f) => self.map_fstring(f, r),
            P::ExpectedToken { expected, found } => {
                use ruff_python_ast::token::TokenKind as K;
                if *expected == K::Colon {
                    // `if x = 1:` — CPython suggests '==' or ':='.
                    if *found == K::Equal {
                        if let Some(s) = self.named_eq_hint(off) {
                            return s;
                        }
                    }
                    let Some((i, t)) = self.real_tok_at(off) else {
                        return mk.at_range(r, "expected ':'");
                    };
                    // `def`, `try`, `else`, `finally` demand the colon (`&&':'` in CPython's
                    // grammar); the other headers only say so before a NEWLINE.
                    let forced = matches!(self.stmt_keyword(i), "def" | "try" | "else" | "finally");
                    if forced || t.kind == TokKind::Newline {
                        return mk.at_tok(t, "expected ':'");
                    }
                    return mk.at_tok(t, "invalid syntax");
                }
                if *expected == K::Else {
                    if let Some(s) = self.expected_else(off) {
                        return s;
                    }
                }
                if let Some(s) = self.forgot_comma(off) {
                    return s;
                }
                if let Some(s) = self.legacy_print(off) {
                    return s;
                }
                self.invalid_syntax_at(off)
            }
            P::SimpleStatementsOnSameLine
            | P::SimpleAndCompoundStatementOnSameLine
            | P::UnexpectedExpressionToken => {
                if let Some(s) = self.legacy_print(off) {
                    return s;
                }
                if let Some(s) = self.forgot_comma(off) {
                    return s;
                }
                self.invalid_syntax_at(off)
            }
            P::UnexpectedIndentation => {
                let (line, _) = mk.lines.line_col(off);
                let start = mk.lines.line_start(line);
                let text = mk.lines.line_text(mk.src, line);
                let indent: String = text
                    .chars()
                    .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                    .collect();
                let _ = start;
                mk.make(
                    SyntaxErrorKind::IndentationError,
                    "unexpected indent",
                    line,
                    indent.chars().count() as u32,
                    line,
                    0,
                )
            }
            P::OtherError(msg) => self.map_other(msg, r),
            P::InvalidAssignmentTarget => self.invalid_target(r, false),
            P::InvalidAugmentedAssignmentTarget => self.invalid_target(r, true),
            P::InvalidDeleteTarget => {
                let name = self
                    .expr_with_range(r)
                    .map(expr_name)
                    .unwrap_or("expression");
                mk.at_range(r, &format!("cannot delete {name}"))
            }
            P::InvalidNamedAssignmentTarget => {
                let name = self
                    .expr_with_range(r)
                    .map(expr_name)
                    .unwrap_or("expression");
                mk.at_range(r, &format!("cannot use assignment expressions with {name}"))
            }
            P::InvalidAnnotatedAssignmentTarget => match self.expr_with_range(r) {
                Some(rast::Expr::Tuple(_)) => {
                    mk.at_range(r, "only single target (not tuple) can be annotated")
                }
                Some(rast::Expr::List(_)) => {
                    mk.at_range(r, "only single target (not list) can be annotated")
                }
                _ => mk.at_range(r, "illegal target for annotation"),
            },
            P::PositionalAfterKeywordArgument => {
                self.at_call_close(r, "positional argument follows keyword argument")
            }
            P::PositionalAfterKeywordUnpacking => {
                self.at_call_close(r, "positional argument follows keyword argument unpacking")
            }
            P::InvalidArgumentUnpackingOrder => mk.at_range(
                r,
                "iterable argument unpacking follows keyword argument unpacking",
            ),
            P::NonDefaultParamAfterDefaultParam => {
                mk.at_range(r, "non-default argument follows default argument")
            }
            P::ParamAfterVarKeywordParam => {
                mk.at_range(r, "arguments cannot follow var-keyword argument")
            }
            P::ExpectedKeywordParam => self.bare_star(off, r),
            P::VarParameterWithDefault => {
                mk.at_range(r, "var-positional argument cannot have default value")
            }
            P::UnparenthesizedGeneratorExpression => {
                mk.at_range(r, "Generator expression must be parenthesized")
            }
            P::IterableUnpackingInComprehension => {
                mk.at_range(r, "iterable unpacking cannot be used in comprehension")
            }
            P::ExpectedImaginaryNumber => {
                mk.at_range(r, "imaginary number required in complex literal")
            }
            P::ExpectedRealNumber => mk.at_range(r, "real number required in complex literal"),
            P::ExpectedExpression | P::EmptySlice => {
                if let Some(s) = self.dict_value_missing(off) {
                    return s;
                }
                self.invalid_syntax_at(off)
            }
            _ => self.invalid_syntax_at(off),
        }
    }

    /// `def f(*)` points at the `*`; `lambda *:` at the token after it (the last one read).
    fn bare_star(&self, off: u32, r: TextRange) -> SyntaxError {
        const MSG: &str = "named arguments must follow bare *";
        let Some((mut i, _)) = self.real_tok_at(off) else {
            return self.mk.at_range(r, MSG);
        };
        while i > 0 && self.tok_text(&self.tokens[i]) != "*" {
            i -= 1;
        }
        let mut j = i;
        let mut in_lambda = false;
        while j > 0 {
            j -= 1;
            match self.tok_text(&self.tokens[j]) {
                "lambda" => {
                    in_lambda = true;
                    break;
                }
                "def" => break,
                _ => {}
            }
        }
        if in_lambda {
            let mut k = i + 1;
            if self.tokens.get(k).map(|t| self.tok_text(t)) == Some(",") {
                k += 1;
            }
            if let Some(t) = self.tokens.get(k) {
                return self.mk.at_tok(t, MSG);
            }
        }
        self.mk.at_tok(&self.tokens[i], MSG)
    }

    /// `{1: }`: "expression expected after dictionary key and ':'".
    fn dict_value_missing(&self, off: u32) -> Option<SyntaxError> {
        let (i, t) = self.real_tok_at(off)?;
        let prev = self.tokens.get(i.checked_sub(1)?)?;
        if self.mk.src.get(prev.start as usize..prev.end as usize)? != ":" {
            return None;
        }
        let close = self.mk.src.get(t.start as usize..t.end as usize)?;
        if close != "}" && close != "," {
            return None;
        }
        let open = self.innermost_open_before(i)?;
        if self.mk.src.as_bytes().get(open as usize) != Some(&b'{') {
            return None;
        }
        Some(
            self.mk
                .at_tok(prev, "expression expected after dictionary key and ':'"),
        )
    }

    /// `x = a if b` without `else`.
    fn expected_else(&self, off: u32) -> Option<SyntaxError> {
        let ifexp = self
            .facts
            .exprs
            .iter()
            .copied()
            .filter_map(|e| match e {
                rast::Expr::If(i) if i.range().end().to_u32() <= off + 1 => Some(i),
                _ => None,
            })
            .max_by_key(|i| i.range().end())?;
        Some(self.mk.at_range(
            TextRange::new(ifexp.body.range().start(), ifexp.test.range().end()),
            "expected 'else' after 'if' expression",
        ))
    }

    /// `if x = 1:` → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    fn named_eq_hint(&self, off: u32) -> Option<SyntaxError> {
        let (i, _) = self.real_tok_at(off)?;
        let prev = self.tokens.get(i.checked_sub(1)?)?;
        let a = self.outermost_ending_at(prev.end, 0)?;
        let next = self.tokens.get(i + 1)?;
        let b = self.outermost_starting_at(next.start)?;
        if !matches!(a, rast::Expr::Name(_)) {
            return None;
        }
        Some(self.mk.at_range(
            TextRange::new(a.range().start(), b.range().end()),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        ))
    }

    fn map_other(&self, msg: &str, r: TextRange) -> SyntaxError {
        let mk = self.mk;
        let off = r.start().to_u32();
        if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
            let what = match rest {
                "`if` statement" => "'if' statement",
                "`else` clause" => "'else' statement",
                "`elif` clause" => "'elif' statement",
                "`for` statement" => "'for' statement",
                "`with` statement" => "'with' statement",
                "`class` definition" => "class definition",
                "`while` statement" => "'while' statement",
                "function definition" => "function definition",
                "`case` block" => "'case' statement",
                "`try` statement" => "'try' statement",
                "`except` clause" => "'except' statement",
                "`finally` clause" => "'finally' statement",
                "`match` statement" => "'match' statement",
                other => other,
            };
            let line = self.header_line_before(off);
            let what = if what == "'except' statement" && self.header_is_except_star(line) {
                "'except*' statement"
            } else {
                what
            };
            let text = format!("expected an indented block after {what} on line {line}");
            let mut e = match self.real_tok_at(off) {
                Some((_, t)) => mk.at_tok(t, &text),
                None => mk.at_range(r, &text),
            };
            e.kind = SyntaxErrorKind::IndentationError;
            return e;
        }
        match msg {
            "Trailing comma not allowed" => {
                let e = mk.at_range(
                    r,
                    "trailing comma not allowed without surrounding parentheses",
                );
                // CPython points just past the comma, at the NEWLINE.
                match self.real_tok_at(r.end().to_u32()) {
                    Some((_, t)) => mk.at_tok(t, &e.msg),
                    None => e,
                }
            }
            "Expected `except` or `finally` after `try` block" => self.try_without_handlers(off, r),
            "Bytes literal cannot be mixed with non-bytes literals" => {
                let end = self
                    .facts
                    .exprs
                    .iter()
                    .filter(|e| e.range().contains_range(r))
                    .filter(|e| {
                        matches!(
                            e,
                            rast::Expr::StringLiteral(_)
                                | rast::Expr::BytesLiteral(_)
                                | rast::Expr::FString(_)
                        )
                    })
                    .map(|e| e.range().end())
                    .max()
                    .unwrap_or(r.end());
                match self.real_tok_at(end.to_u32()) {
                    Some((_, t)) => mk.at_tok(t, "cannot mix bytes and nonbytes literals"),
                    None => mk.at_range(r, "cannot mix bytes and nonbytes literals"),
                }
            }
            "Star import must be the only import" => match self.real_tok_at(r.end().to_u32()) {
                Some((_, t)) => mk.at_tok(t, "invalid syntax"),
                None => self.invalid_syntax_at(off),
            },
            "Expected one or more exception types" => {
                mk.at_range(r, "expected one or more exception types")
            }
            _ => {
                if let Some(s) = self.forgot_comma(off) {
                    return s;
                }
                if let Some(s) = self.legacy_print(off) {
                    return s;
                }
                self.invalid_syntax_at(off)
            }
        }
    }

    /// "expected 'except' or 'finally' block", at the token after the `try` body (at the
    /// end of the input: the end of the last line, with CPython's -1 end offset).
    fn try_without_handlers(&self, off: u32, r: TextRange) -> SyntaxError {
        const MSG: &str = "expected 'except' or 'finally' block";
        let body_end = self
            .facts
            .stmts
            .iter()
            .filter_map(|s| match s {
                rast::Stmt::Try(t) if t.handlers.is_empty() && t.finalbody.is_empty() && t.range.contains(r.start()) || matches!(s, rast::Stmt::Try(t) if t.range.end() == r.end() || t.range.contains(r.start())) => {
                    match s {
                        rast::Stmt::Try(t) => t.body.last().map(|b| b.range().end()),
                        _ => None,
                    }
                }
                _ => None,
            })
            .max()
            .map(|e| e.to_u32())
            .unwrap_or(off);
        match self.real_tok_at(body_end) {
            Some((i, t)) => {
                // Skip the NEWLINE ending the body and any dedents.
                let mut k = i;
                while k + 1 < self.tokens.len()
                    && matches!(
                        self.tokens[k].kind,
                        TokKind::Newline | TokKind::Dedent | TokKind::Indent
                    )
                {
                    k += 1;
                }
                let t2 = &self.tokens[k];
                if t2.kind == TokKind::EndMarker {
                    let line = self.mk.lines.line_col(t.start).0;
                    let text = self.mk.lines.line_text(self.mk.src, line);
                    let n = text.trim_end_matches('\n').chars().count() as u32 + 1;
                    return self
                        .mk
                        .make(SyntaxErrorKind::SyntaxError, MSG, line, n, line, 0);
                }
                self.mk.at_tok(t2, MSG)
            }
            None => self.mk.at_range(r, MSG),
        }
    }

    fn header_is_except_star(&self, line: u32) -> bool {
        let text = self.mk.lines.line_text(self.mk.src, line).trim_start();
        text.strip_prefix("except")
            .map(|r| r.trim_start().starts_with('*'))
            .unwrap_or(false)
    }

    /// f-string errors: CPython reports them at the token after the string.
    fn map_fstring(&self, f: &FErr, r: TextRange) -> SyntaxError {
        if matches!(f, FErr::UnclosedLbrace) {
            let hash = self
                .fstring_token_at(r.start().to_u32())
                .map(|t| {
                    let text = self.tok_text(t);
                    text.find('{')
                        .map(|i| text[i..].contains('#'))
                        .unwrap_or(false)
                })
                .unwrap_or(false);
            if hash {
                return self.after_string_token(
                    r.start().to_u32(),
                    "f-string expression part cannot include '#'",
                );
            }
        }
        let msg = match f {
            FErr::UnclosedLbrace => "f-string: expecting '}'",
            FErr::InvalidConversionFlag | FErr::ConversionFlagNotImmediatelyAfterExclamation => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            FErr::SingleRbrace => "f-string: single '}' is not allowed",
            FErr::LambdaWithoutParentheses => "f-string: lambda expressions are not allowed without parentheses",
            FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString => "f-string: expecting '}'",
            FErr::NewlineInFormatSpec => "f-string: newlines are not allowed in format specifiers for single quoted f-strings",
        };
        self.after_string_token(r.start().to_u32(), msg)
    }

    /// An error positioned on the token following the string token containing `off`.
    fn after_string_token(&self, off: u32, msg: &str) -> SyntaxError {
        let idx = self.tokens.iter().position(|t| {
            t.kind == TokKind::String && t.start <= off && off < t.end.max(t.start + 1)
        });
        match idx.and_then(|i| self.tokens.get(i + 1)) {
            Some(t) => {
                let t = *t;
                let t = if matches!(
                    t.kind,
                    TokKind::Dedent | TokKind::Indent | TokKind::EndMarker
                ) {
                    Tok { end: t.start, ..t }
                } else {
                    t
                };
                self.mk.at_tok(&t, msg)
            }
            None => self.mk.at_range(TextRange::empty(off.into()), msg),
        }
    }

    fn map_lexical(&self, l: &Lex, r: TextRange) -> SyntaxError {
        let mk = self.mk;
        let off = r.start().to_u32();
        match l {
            Lex::FStringError(f) => self.map_fstring(f, r),
            Lex::InvalidByteLiteral => {
                let t = self
                    .tokens
                    .iter()
                    .find(|t| t.kind == TokKind::String && t.start <= off && off < t.end);
                match t {
                    Some(t) => mk.at_tok(t, "bytes can only contain ASCII literal characters"),
                    None => mk.at_range(r, "bytes can only contain ASCII literal characters"),
                }
            }
            Lex::UnicodeError | Lex::MissingUnicodeLbrace | Lex::MissingUnicodeRbrace => {
                self.unicode_error(off)
            }
            Lex::Eof => {
                let (line, _) = mk.lines.line_col(off);
                mk.make(
                    SyntaxErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    line,
                    1,
                    line,
                    0,
                )
            }
            Lex::IndentationError => mk.at_range_kind(
                SyntaxErrorKind::IndentationError,
                r,
                "unindent does not match any outer indentation level",
            ),
            _ => self.invalid_syntax_at(off),
        }
    }

    /// A bad `\N{...}`, `\x`, `\u`, `\U` escape: CPython's codec error text.
    fn unicode_error(&self, off: u32) -> SyntaxError {
        let tok = self
            .tokens
            .iter()
            .find(|t| t.kind == TokKind::String && t.start <= off && off < t.end);
        let src = self.mk.src.as_bytes();
        // Find the backslash that starts the offending escape.
        let mut bs = off as usize;
        while bs > 0 && src.get(bs) != Some(&b'\\') {
            bs -= 1;
        }
        let kind = src.get(bs + 1).copied().unwrap_or(b'N');
        let is_bytes = tok
            .map(|t| {
                self.mk.src[t.start as usize..t.end as usize]
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .any(|c| c == 'b' || c == 'B')
            })
            .unwrap_or(false);
        let (body_start, pos_in_body) = match tok {
            Some(t) => {
                let s = &self.mk.src[t.start as usize..t.end as usize];
                let prefix = s.chars().take_while(|c| c.is_ascii_alphabetic()).count();
                let q = s.as_bytes().get(prefix).copied().unwrap_or(b'"');
                let qlen = if s[prefix..].starts_with(&format!("{0}{0}{0}", q as char)) {
                    3
                } else {
                    1
                };
                let body = t.start as usize + prefix + qlen;
                (body, bs.saturating_sub(body))
            }
            None => (bs, 0),
        };
        let _ = body_start;
        let (msg, end_rel) = if is_bytes {
            (
                format!("(value error) invalid \\x escape at position {pos_in_body}"),
                0,
            )
        } else {
            let (what, width) = match kind {
                b'x' => ("truncated \\xXX escape", 2),
                b'u' => ("truncated \\uXXXX escape", 4),
                b'U' => ("truncated \\UXXXXXXXX escape", 8),
                _ => ("unknown Unicode character name", 0),
            };
            let mut end = bs + 2;
            if kind == b'N' {
                while end < src.len() && src[end] != b'}' && src[end] != b'\n' {
                    end += 1;
                }
            } else {
                let mut n = 0;
                while n < width && end < src.len() && src[end].is_ascii_hexdigit() {
                    end += 1;
                    n += 1;
                }
                end = end.saturating_sub(1);
                if kind == b'U' && n == width {
                    // A complete but out-of-range \U escape.
                    return self.codec_error(
                        tok,
                        pos_in_body,
                        pos_in_body + 9,
                        "illegal Unicode character",
                    );
                }
            }
            let end_rel = pos_in_body + (end - bs);
            (format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {pos_in_body}-{end_rel}: {what}"), end_rel)
        };
        let _ = end_rel;
        self.codec_error_msg(tok, &msg)
    }

    fn codec_error(&self, tok: Option<&Tok>, a: usize, b: usize, what: &str) -> SyntaxError {
        let msg = format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {what}"
        );
        self.codec_error_msg(tok, &msg)
    }

    /// CPython positions string-decoding errors at the token after the string.
    fn codec_error_msg(&self, tok: Option<&Tok>, msg: &str) -> SyntaxError {
        match tok {
            Some(t) => self.after_string_token(t.start, msg),
            None => self.mk.no_position(msg),
        }
    }
}

fn is_disjunction_level(e: &rast::Expr) -> bool {
    !matches!(
        e,
        rast::Expr::If(_)
            | rast::Expr::Lambda(_)
            | rast::Expr::Named(_)
            | rast::Expr::Starred(_)
            | rast::Expr::Yield(_)
            | rast::Expr::YieldFrom(_)
            | rast::Expr::Slice(_)
    )
}

/// The `SyntaxError` for a source that did not parse.
pub(crate) fn map_parse_failure(
    mk: &ErrorBuilder,
    tok: &Scan,
    errs: &[ParseError],
    tree: &rast::Mod,
    _mode: Mode,
) -> SyntaxError {
    if let Some(e) = &tok.error {
        return mk.tok_error(e);
    }
    let mut facts = TreeFacts::default();
    match tree {
        rast::Mod::Module(m) => {
            for s in &m.body {
                facts.visit_stmt(s);
            }
        }
        rast::Mod::Expression(e) => facts.visit_expr(&e.body),
    }
    let mapper = Mapper {
        mk,
        tokens: &tok.tokens,
        facts,
    };
    let first = errs.iter().min_by_key(|e| e.location.start());
    let err = match first {
        Some(e) => mapper.map_error(e),
        None => mk.no_position("invalid syntax"),
    };
    // A bracket left open at the end of the input wins over a parser error found after it
    // (CPython's first pass then fails at the end of the input), except for the errors its
    // first pass raises directly.
    if let Some(open) = tok.unclosed.last() {
        let (pline, _) = mk.lines.line_col(open.pos);
        let pcol = mk.lines.char_offset(mk.src, open.pos);
        let at_eof = first
            .map(|e| e.location.start().to_usize() >= mk.src.trim_end().len())
            .unwrap_or(true)
            || err.msg == "unexpected EOF while parsing";
        // CPython replaces its error when its parser read past the bracket's line (to the
        // end of the input, or with the look-ahead of its specific-error rules).
        let after = at_eof
            || ((err.lineno, err.offset) >= (pline, pcol)
                && (err.lineno > pline || err.msg != "invalid syntax"));
        let first_pass = [
            "iterable argument unpacking follows keyword argument unpacking",
            "positional argument follows keyword argument unpacking",
        ]
        .contains(&err.msg.as_str());
        if after && !first_pass {
            let r = TextRange::empty(open.pos.into());
            let mut e = mk.at_range(r, &format!("'{}' was never closed", open.ch as char));
            e.end_offset = 0;
            return e;
        }
    }
    err
}

/// Python-3.12-and-later syntax, reported as CPython 3.11 reports it.
pub(crate) fn first_unsupported(
    mk: &ErrorBuilder,
    tok: &Scan,
    errs: &[UnsupportedSyntaxError],
) -> Option<SyntaxError> {
    let e = errs.iter().min_by_key(|e| e.range.start())?;
    let mapper = Mapper {
        mk,
        tokens: &tok.tokens,
        facts: TreeFacts::default(),
    };
    let off = e.range.start().to_u32();
    let err = match e.kind {
        U::TypeParameterList | U::TypeParamDefault => {
            // `def f[T]` → "expected '('"; `class C[T]` → "invalid syntax", both at `[`.
            let bracket = mk.src[off as usize..]
                .find('[')
                .map(|i| off + i as u32)
                .unwrap_or(off);
            let before = mk.src[..off as usize].trim_end();
            let t = mapper.real_tok_at(bracket).map(|x| *x.1);
            let msg = if before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
                && mk.src[..off as usize]
                    .rsplit('\n')
                    .next()
                    .map(|l| {
                        l.trim_start().starts_with("def") || l.trim_start().starts_with("async")
                    })
                    .unwrap_or(false)
            {
                "expected '('"
            } else {
                "invalid syntax"
            };
            match t {
                Some(t) => mk.at_tok(&t, msg),
                None => mk.at_range(e.range, msg),
            }
        }
        U::TypeAliasStatement => {
            // `type X = ...`: CPython 3.11 fails at the name after `type`.
            let t = mapper.real_tok_at(off).map(|x| x.0);
            match t.and_then(|i| tok.tokens.get(i + 1)) {
                Some(t) => mk.at_tok(t, "invalid syntax"),
                None => mk.at_range(e.range, "invalid syntax"),
            }
        }
        U::Pep701FString(kind) => {
            // The kind enum is not exported by ruff; its Debug name is stable enough.
            let msg = match format!("{kind:?}").as_str() {
                "Backslash" => "f-string expression part cannot include a backslash",
                "Comment" => "f-string expression part cannot include '#'",
                _ => "f-string: expecting '}'",
            };
            mapper.after_string_token(off, msg)
        }
        U::UnpackingInComprehension(k) => {
            let msg = if format!("{k:?}") == "DictInDict" {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            };
            mk.at_range(e.range, msg)
        }
        U::UnparenthesizedExceptionTypes => {
            mk.at_range(e.range, "multiple exception types must be parenthesized")
        }
        U::TemplateStrings | U::LazyImportStatement => mapper.invalid_syntax_at(off),
        // Syntax that 3.11 accepts: ruff only flags it for older targets.
        _ => return None,
    };
    Some(err)
}

/// Checks CPython makes in its parser that ruff leaves to later passes. None so far: the
/// compiler raises the symbol-table errors itself.
pub(crate) fn check_module(_mk: &ErrorBuilder, _body: &[Stmt]) -> Result<(), SyntaxError> {
    Ok(())
}
