//! kaa's compiler: the symbol table (CPython 3.11 scoping), code generation into code objects
//! (bytecode, constants, names, exception table, location table), the opcode table and a
//! disassembler. It sees only kaa's AST (`kaa-syntax`), never the parser's types.

pub mod code;
mod codegen;
pub mod dis;
pub mod flow;
pub mod marshal;
pub mod opcodes;
pub mod symtable;

pub use code::{CodeFlags, CodeObject, ConstValue, ExcEntry};
use kaa_syntax::ast::Loc;
pub use kaa_syntax::{SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

/// What `compile()` was asked to build, as its `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A compile-time failure: a SyntaxError with CPython's message and position, or the
/// compiler's recursion limit (CPython's "RecursionError: maximum recursion depth exceeded
/// during compilation").
#[derive(Clone, Debug)]
pub enum CompileError {
    Syntax(SyntaxError),
    Recursion,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, filename: &str, loc: Loc) -> CompileError {
        CompileError::Syntax(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno: loc.lineno,
            offset: loc.col + 1,
            end_lineno: loc.end_lineno,
            end_offset: loc.end_col + 1,
            text: None,
        })
    }
}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> Self {
        CompileError::Syntax(e)
    }
}

/// Parses and compiles `source`. Symbol-table errors carry byte columns; `fix_positions`
/// converts them to CPython's character offsets and fills in the source line.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let result = match mode {
        Mode::Eval => {
            let expr = kaa_syntax::parse_expression(source, filename)?;
            codegen::compile_expression(&expr, filename)
        }
        Mode::Exec | Mode::Single => {
            let module = kaa_syntax::parse_module(source, filename)?;
            codegen::compile_module(&module, filename, mode == Mode::Single)
        }
    };
    result.map_err(|e| fix_positions(e, source))
}

/// Compiles an already parsed module.
pub fn compile_ast(
    module: &kaa_syntax::ast::Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    codegen::compile_module(module, filename, false).map_err(|e| fix_positions(e, source))
}

fn fix_positions(e: CompileError, source: &str) -> CompileError {
    match e {
        CompileError::Syntax(mut s) if s.text.is_none() && s.lineno > 0 => {
            if let Some(line) = source.split_inclusive('\n').nth(s.lineno as usize - 1) {
                let to_chars = |byte_off: u32| -> u32 {
                    let b = (byte_off.saturating_sub(1) as usize).min(line.len());
                    let b = (0..=b)
                        .rev()
                        .find(|&i| line.is_char_boundary(i))
                        .unwrap_or(0);
                    line[..b].chars().count() as u32 + 1
                };
                s.offset = to_chars(s.offset);
                if s.end_lineno == s.lineno {
                    s.end_offset = to_chars(s.end_offset);
                }
                s.text = Some(line.to_string());
            }
            CompileError::Syntax(s)
        }
        other => other,
    }
}
