//! Prints kaa's AST dump (`kaa_syntax::dump`) of each file named on the command line, one
//! line per file, or `ERR ...` — to compare whole files with `tests/astdump.py`.

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        match kaa_syntax::parse_module(&src, &path) {
            Ok(m) => println!("{}", kaa_syntax::dump::dump_module(&m)),
            Err(e) => println!("ERR {:?} {:?} {} {}", e.kind, e.msg, e.lineno, e.offset),
        }
    }
}
