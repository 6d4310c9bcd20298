//! Prints the disassembly of a Python file: `cargo run -p kaa-compiler --example dis FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match kaa_compiler::compile(&src, &path, kaa_compiler::Mode::Exec) {
        Ok(code) => print!("{}", kaa_compiler::dis::disassemble(&code)),
        Err(e) => eprintln!("{e:?}"),
    }
}
