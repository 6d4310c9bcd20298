//! Prints, for each snippet of a corpus file (snippets separated by `\n#----\n`), the
//! `SyntaxError` kaa raises as `KIND|msg|lineno|offset|end_lineno|end_offset`, or `OK`.
//! `tests/compare_errors.py` runs this and CPython side by side and reports the match rate.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: syntax_errors CORPUS");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    for src in text.split("\n#----\n") {
        match kaa_syntax::parse_module(src, "<s>") {
            Ok(_) => println!("OK"),
            Err(e) => println!(
                "{:?}|{}|{}|{}|{}|{}",
                e.kind,
                e.msg.replace('\n', "\\n"),
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            ),
        }
    }
}
