//! Printing an uncaught exception exactly as CPython 3.11's `traceback` module does: the
//! chain of causes and contexts with their separator lines, one `File ..., line N, in name`
//! entry per frame with the stripped source line and the `^^^^`/`~~^~~` markers computed
//! from the instruction's column positions (anchored on binary operators and subscripts),
//! "[Previous line repeated N more times]", SyntaxError's own layout, `__notes__`, the
//! "Did you mean" suggestions of NameError and AttributeError, and exception groups drawn as
//! nested boxes (`+-+---- 1 ----`, `| ` margins, at most 15 members and 10 levels).

use crate::object::{ObjRef, Payload};
use crate::types;
use crate::value::Value;
use crate::Vm;
use kaa_syntax::ast::{ExprKind, StmtKind};

/// The source line `lineno` (1-based) of `filename`, read from disk (or the given source).
fn source_line(vm: &mut Vm, filename: &str, lineno: u32) -> Option<String> {
    if let Some(src) = vm.source_cache.get(filename) {
        return src
            .lines()
            .nth(lineno.checked_sub(1)? as usize)
            .map(|s| s.to_string());
    }
    if filename.starts_with('<') {
        return None;
    }
    if let Some(src) = crate::import::stdlib_source(vm, filename) {
        return src
            .lines()
            .nth(lineno.checked_sub(1)? as usize)
            .map(|s| s.to_string());
    }
    let text = std::fs::read_to_string(filename).ok()?;
    let line = text
        .lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|s| s.to_string());
    vm.source_cache.insert(filename.to_string(), text);
    line
}

fn byte_to_char(s: &str, byte: usize) -> usize {
    let b = byte.min(s.len());
    let b = (0..=b).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    s[..b].chars().count()
}

/// (left_end, right_start) character anchors within `segment`, as CPython's
/// `_extract_caret_anchors_from_line_segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = kaa_syntax::parse_module(segment, "<segment>").ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &module.body[0].kind else {
        return None;
    };
    let norm = |off: u32| byte_to_char(segment, off as usize);
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = norm(left.loc.end_col);
            let op_end = norm(right.loc.col);
            let op_str: String = segment
                .chars()
                .skip(op_start)
                .take(op_end.saturating_sub(op_start))
                .collect();
            let offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let left_anchor = left.loc.end_col as usize + offset;
            let mut right_anchor = left_anchor + 1;
            let chars: Vec<char> = op_str.chars().collect();
            if offset + 1 < chars.len() && !chars[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            Some((
                byte_to_char(segment, left_anchor),
                byte_to_char(segment, right_anchor),
            ))
        }
        ExprKind::Subscript { value, slice, .. } => {
            Some((norm(value.loc.end_col), norm(slice.loc.end_col + 1)))
        }
        _ => None,
    }
}

struct Entry {
    filename: String,
    lineno: u32,
    name: String,
    loc: Option<kaa_syntax::ast::Loc>,
}

fn entries(tb: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    for (code, lineno, lasti) in crate::exceptions::traceback_entries(tb) {
        if let Payload::Code(c) = &code.payload {
            out.push(Entry {
                filename: c.code.filename.to_string(),
                lineno,
                name: c.code.name.to_string(),
                loc: c.code.locations.get(lasti as usize).copied(),
            });
        }
    }
    out
}

fn format_entry(vm: &mut Vm, e: &Entry, out: &mut String, margin: &str) {
    out.push_str(margin);
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.filename, e.lineno, e.name
    ));
    let Some(line) = source_line(vm, &e.filename, e.lineno) else {
        return;
    };
    let stripped = line.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str(margin);
    out.push_str(&format!("    {stripped}\n"));
    let Some(loc) = e.loc else { return };
    if loc.lineno != e.lineno || loc.lineno == 0 {
        return;
    }
    let leading = line.chars().count() - line.trim_start().chars().count();
    let start = byte_to_char(&line, loc.col as usize);
    let mut end = byte_to_char(&line, loc.end_col as usize);
    let mut anc = None;
    if loc.end_lineno == loc.lineno {
        let seg_start = loc.col as usize;
        let seg_end = (loc.end_col as usize).min(line.len());
        if seg_start <= seg_end
            && line.is_char_boundary(seg_start)
            && line.is_char_boundary(seg_end)
        {
            anc = anchors(&line[seg_start..seg_end]);
        }
    } else {
        end = leading + stripped.chars().count();
    }
    let stripped_len = stripped.chars().count();
    let show = end.saturating_sub(start) < stripped_len || anc.is_some_and(|(l, r)| r > l);
    if !show || end <= start {
        return;
    }
    out.push_str(margin);
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(leading)));
    match anc {
        Some((l, r)) => {
            let total = end - start;
            out.push_str(&"~".repeat(l.min(total)));
            out.push_str(&"^".repeat(r.saturating_sub(l).min(total.saturating_sub(l))));
            out.push_str(&"~".repeat(total.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// The traceback entries of `tb` under `header`, each line after `margin` (the header's
/// after `header_margin`).
fn format_tb(
    vm: &mut Vm,
    tb: &Value,
    out: &mut String,
    header: &str,
    (margin, header_margin): (&str, &str),
) {
    let es = entries(tb);
    if es.is_empty() {
        return;
    }
    out.push_str(header_margin);
    out.push_str(header);
    out.push('\n');
    let repeated = |out: &mut String, count: usize| {
        if count > 3 {
            // CPython writes this line without the group margin.
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0;
    for e in &es {
        let key = (e.filename.clone(), e.lineno, e.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            repeated(out, count);
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            format_entry(vm, e, out, margin);
        }
    }
    repeated(out, count);
}

/// `module.Qualname` of an exception type as the traceback module prints it.
fn type_label(vm: &mut Vm, t: &ObjRef) -> String {
    let qn = types::tdata(t)
        .map(|d| d.qualname.borrow().clone())
        .unwrap_or_default();
    let module = types::tdata(t).and_then(|d| vm.dict_get_str(&d.dict, "__module__"));
    match module.as_ref().and_then(|m| m.as_str()) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{qn}"),
        _ => qn,
    }
}

/// A SyntaxError's `File "...", line N` (after `margin`), its source line and its carets
/// (without margin, as CPython 3.11 prints them); returns the message to print.
fn format_syntax_error(vm: &mut Vm, e: &ObjRef, out: &mut String, margin: &str) -> String {
    let t = e.class();
    let ev = Value::Obj(e.clone());
    let get = |vm: &mut Vm, n: &str| vm.getattr_opt(&ev, n).ok().flatten().unwrap_or(Value::None);
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let msg = get(vm, "msg");
    let msg = msg
        .as_str()
        .map(|s| s.to_string())
        .unwrap_or_else(|| "<no detail available>".to_string());
    if let Value::Int(l) = lineno {
        let f = filename.as_str().unwrap_or("<string>");
        out.push_str(margin);
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    let Some(text) = text.as_str() else {
        return msg;
    };
    let rtext = text.trim_end_matches(['\n', '\r']);
    let ltext = rtext.trim_start_matches([' ', '\t', '\x0c']);
    let spaces = rtext.chars().count() - ltext.chars().count();
    out.push_str(&format!("    {ltext}\n"));
    let Value::Int(off) = offset else {
        return msg;
    };
    let mut end = match end_offset {
        Value::Int(eo) if eo > 0 => eo,
        _ => off,
    };
    // An error spanning lines is highlighted to the end of its first line; carets never
    // run past the text.
    let line_size = text.len() as i64;
    if let (Value::Int(first), Value::Int(last)) = (&lineno, &get(vm, "end_lineno")) {
        if last > first {
            end = line_size;
        }
    }
    end = end.min(line_size + 1);
    if end <= off {
        end = off + 1;
    }
    // CPython prints no caret when it would point left of the stripped text, and a single
    // caret for indentation errors.
    let col0 = off - 1 - spaces as i64;
    let is_indent = types::is_subtype(&t, &vm.types.indentation_error);
    let width = if is_indent {
        1
    } else {
        (end - off).max(1) as usize
    };
    if col0 >= 0 {
        let caret_space: String = ltext
            .chars()
            .take(col0 as usize)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        out.push_str(&format!("    {}{}\n", caret_space, "^".repeat(width)));
    }
    msg
}

/// The `TypeName: message` line (only its first line after `margin`, as CPython's), then
/// the notes.
fn format_exception_only(vm: &mut Vm, e: &ObjRef, out: &mut String, margin: &str) {
    let t = e.class();
    let label = type_label(vm, &t);
    let ev = Value::Obj(e.clone());
    let s = if types::is_subtype(&t, &vm.types.syntax_error) {
        format_syntax_error(vm, e, out, margin)
    } else {
        let s = match vm.str(&ev) {
            Ok(s) => s.as_str().unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        match suggestion(vm, e) {
            Some(sug) => format!("{s}. Did you mean: '{sug}'?"),
            None => s,
        }
    };
    out.push_str(margin);
    if s.is_empty() {
        out.push_str(&format!("{label}\n"));
    } else {
        out.push_str(&format!("{label}: {s}\n"));
    }
    format_notes(vm, &ev, out, margin);
}

/// `__notes__`, as CPython 3.11 prints them: each note's `str()` with every line after
/// `margin` and a newline at the end; a `__notes__` that is not a sequence shows its repr
/// (without a newline), and failures show placeholders.
fn format_notes(vm: &mut Vm, ev: &Value, out: &mut String, margin: &str) {
    let Ok(Some(notes)) = vm.getattr_opt(ev, "__notes__") else {
        return;
    };
    if !crate::objects::excgroup::is_sequence(vm, &notes) {
        out.push_str(margin);
        match vm.repr_string(&notes) {
            Ok(r) => out.push_str(&r),
            Err(_) => out.push_str("<__notes__ repr() failed>"),
        }
        return;
    }
    let Ok(n) = vm.len(&notes) else {
        return;
    };
    for i in 0..n {
        let Ok(note) = vm.getitem(&notes, &Value::Int(i as i64)) else {
            return;
        };
        match vm.str(&note) {
            Ok(s) => {
                for line in crate::objects::str_case::split_lines(s.as_str().unwrap_or(""), true) {
                    out.push_str(margin);
                    out.push_str(line);
                }
            }
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
}

/// CPython's Levenshtein distance for suggestions (case changes cost 1, others 2).
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return 0;
    }
    let (a, b) = if a.len() > b.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * 2 > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (0..=a.len()).map(|i| i * 2).collect();
    for (j, cb) in b.iter().enumerate() {
        let mut prev = row[0];
        row[0] = (j + 1) * 2;
        let mut min_row = row[0];
        for (i, ca) in a.iter().enumerate() {
            let sub = if ca == cb {
                0
            } else if ca.to_lowercase().eq(cb.to_lowercase()) {
                1
            } else {
                2
            };
            let v = (prev + sub).min(row[i] + 2).min(row[i + 1] + 2);
            prev = row[i + 1];
            row[i + 1] = v;
            min_row = min_row.min(v);
        }
        if min_row > max {
            return max + 1;
        }
    }
    row[a.len()]
}

fn best_match(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = (wrong.chars().count() + c.chars().count() + 3) * 2 / 6;
        let limit = best
            .as_ref()
            .map(|(d, _)| (*d).saturating_sub(1))
            .unwrap_or(max)
            .min(max);
        let d = distance(wrong, c, limit);
        if d > limit {
            continue;
        }
        if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
            best = Some((d, c.clone()));
        }
    }
    best.map(|(_, c)| c)
}

fn suggestion(vm: &mut Vm, e: &ObjRef) -> Option<String> {
    let t = e.class();
    let ev = Value::Obj(e.clone());
    let name = vm.getattr_opt(&ev, "name").ok().flatten()?;
    let wrong = name.as_str()?.to_string();
    if types::is_subtype(&t, &vm.types.attribute_error) {
        let obj = vm.getattr_opt(&ev, "obj").ok().flatten()?;
        if obj.is_none() && !matches!(obj, Value::None) {
            return None;
        }
        let d = vm.call_special(&obj, "__dir__", &[]).ok().flatten()?;
        let names: Vec<String> = vm
            .iterate(&d)
            .ok()?
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.to_string()))
            .collect();
        return best_match(&wrong, &names);
    }
    if types::is_subtype(&t, &vm.types.name_error)
        && !types::is_subtype(&t, &vm.types.unbound_local_error)
    {
        // Names visible in the frame where the error happened: its globals and builtins
        // (none without a traceback).
        let tb = crate::exceptions::get_traceback(&ev);
        if tb.is_none() {
            return None;
        }
        let mut last_frame = None;
        let mut cur = tb;
        while let Value::Obj(tbo) = &cur {
            let Payload::Traceback(d) = &tbo.payload else {
                break;
            };
            last_frame = Some(d.frame.clone());
            let n = d.next.borrow().clone();
            cur = n;
        }
        let mut names: Vec<String> = Vec::new();
        if let Some(f) = last_frame {
            if let Payload::Frame(fd) = &f.payload {
                for d in [fd.locals.borrow().clone(), Value::Obj(fd.globals.clone())] {
                    if let Some(Payload::Dict(t)) = d.payload() {
                        for k in t.borrow().keys() {
                            if let Some(s) = k.as_str() {
                                names.push(s.to_string());
                            }
                        }
                    }
                }
            }
        }
        if let Payload::Dict(t) = &vm.builtins_dict.payload {
            for k in t.borrow().keys() {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
        return best_match(&wrong, &names);
    }
    None
}

/// How deep groups nest and how many members of one group are printed before CPython
/// elides the rest.
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

/// The state of printing one uncaught exception: where exception groups draw their boxes.
struct Printer {
    out: String,
    /// How many exception groups enclose what is being printed (0: none).
    depth: usize,
    /// Whether the innermost group still owes its closing line.
    need_close: bool,
    /// The exceptions printed so far (by identity): a chain prints each exception once.
    seen: Vec<usize>,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// What every line starts with inside a group: the indentation and `| `.
    fn margin(&self) -> String {
        if self.depth == 0 {
            String::new()
        } else {
            self.indent() + "| "
        }
    }

    fn line(&mut self, text: &str) {
        let m = self.margin();
        self.out.push_str(&m);
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `e` preceded by its cause or context (each printed once).
    fn chain(&mut self, vm: &mut Vm, e: &ObjRef) {
        self.seen.push(e.id());
        let cause = crate::exceptions::get_cause(e);
        let context = crate::exceptions::get_context(e);
        let (before, message) = match (&cause, &context) {
            (Value::Obj(c), _) => (
                Some(c),
                "The above exception was the direct cause of the following exception:",
            ),
            (_, Value::Obj(c)) if !crate::exceptions::suppress_context(e) => (
                Some(c),
                "During handling of the above exception, another exception occurred:",
            ),
            _ => (None, ""),
        };
        if let Some(c) = before {
            if !self.seen.contains(&c.id()) {
                self.chain(vm, c);
                self.line("");
                self.line(message);
                self.line("");
            }
        }
        if crate::objects::excgroup::is_group(vm, &Value::Obj(e.clone())) {
            self.group(vm, e);
        } else {
            let margin = self.margin();
            let tb = crate::exceptions::get_traceback(&Value::Obj(e.clone()));
            let header = "Traceback (most recent call last):";
            format_tb(vm, &tb, &mut self.out, header, (&margin, &margin));
            format_exception_only(vm, e, &mut self.out, &margin);
        }
    }

    /// An exception group: its traceback and message in a box, then each member (up to
    /// MAX_GROUP_WIDTH) under a numbered separator, one level deeper.
    fn group(&mut self, vm: &mut Vm, e: &ObjRef) {
        if self.depth > MAX_GROUP_DEPTH {
            self.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth = 1;
        }
        let margin = self.margin();
        let header_margin = if toplevel {
            self.indent() + "+ "
        } else {
            margin.clone()
        };
        let ev = Value::Obj(e.clone());
        let tb = crate::exceptions::get_traceback(&ev);
        let header = "Exception Group Traceback (most recent call last):";
        format_tb(vm, &tb, &mut self.out, header, (&margin, &header_margin));
        format_exception_only(vm, e, &mut self.out, &margin);
        let members = crate::objects::excgroup::members(vm, &ev).unwrap_or_default();
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, m) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                // A nested group printed last closes both boxes with one line.
                self.need_close = true;
            }
            let title = if i < MAX_GROUP_WIDTH {
                (i + 1).to_string()
            } else {
                "...".to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let indent = self.indent();
            self.out.push_str(&format!(
                "{indent}{corner}+---------------- {title} ----------------\n"
            ));
            self.depth += 1;
            match m {
                Value::Obj(m) if i < MAX_GROUP_WIDTH => self.chain(vm, m),
                _ => {
                    let more = members.len() - MAX_GROUP_WIDTH;
                    let s = if more == 1 { "" } else { "s" };
                    self.line(&format!("and {more} more exception{s}"));
                }
            }
            if last && self.need_close {
                let indent = self.indent();
                self.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, e: &ObjRef) -> String {
    let mut p = Printer {
        out: String::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    p.chain(vm, e);
    p.out
}
