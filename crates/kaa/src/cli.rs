//! The `kaa` command line, parsed as CPython 3.11 parses `python3`'s: single-letter options
//! may be grouped (`-Bv`, `-vv`), `-c`/`-m`/`-W`/`-X` take their argument attached or as the
//! next word, the first non-option word is the script, and everything after the program
//! goes to `sys.argv`. The `PYTHON*` environment variables that kaa honours are read here too
//! (and ignored under `-E`/`-I`, as CPython does).

/// What to run.
pub enum Program {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

/// Everything the command line and environment asked for.
pub struct Options {
    pub program: Program,
    /// The words after the program: `sys.argv[1:]`.
    pub rest: Vec<String>,
    pub dont_write_bytecode: bool,
    pub verbose: u32,
    pub import_time: bool,
    pub pycache_prefix: Option<String>,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub quiet: bool,
    pub optimize: u32,
    pub safe_path: bool,
    pub hash_seed_zero: bool,
    /// `PYTHONPATH` entries, inserted after `sys.path[0]`.
    pub python_path: Vec<String>,
}

/// What parsing ended with when it does not run a program.
pub enum Exit {
    Version,
    Usage(String),
}

/// CPython's short options that take an argument.
const WITH_ARG: &[char] = &['c', 'm', 'W', 'X'];

pub fn parse(args: &[String]) -> Result<Options, Exit> {
    let mut o = Options {
        program: Program::Stdin,
        rest: Vec::new(),
        dont_write_bytecode: false,
        verbose: 0,
        import_time: false,
        pycache_prefix: None,
        ignore_environment: false,
        isolated: false,
        no_user_site: false,
        no_site: false,
        quiet: false,
        optimize: 0,
        safe_path: false,
        hash_seed_zero: false,
        python_path: Vec::new(),
    };
    let mut program = None;
    let mut xopts: Vec<String> = Vec::new();
    let mut i = 1;
    'words: while i < args.len() {
        let a = &args[i];
        i += 1;
        match a.as_str() {
            "--version" => return Err(Exit::Version),
            "-" => {
                program = Some(Program::Stdin);
                break;
            }
            "--" => break,
            s if s.starts_with("--") => return Err(Exit::Usage(format!("unknown option {s}"))),
            s if s.starts_with('-') && s.len() > 1 => {
                let flags: Vec<char> = s[1..].chars().collect();
                for (k, &c) in flags.iter().enumerate() {
                    if WITH_ARG.contains(&c) {
                        let attached: String = flags[k + 1..].iter().collect();
                        let value = if !attached.is_empty() {
                            attached
                        } else if let Some(next) = args.get(i) {
                            i += 1;
                            next.clone()
                        } else {
                            return Err(Exit::Usage(format!(
                                "Argument expected for the -{c} option"
                            )));
                        };
                        match c {
                            'c' => {
                                program = Some(Program::Code(value));
                                break 'words;
                            }
                            'm' => {
                                program = Some(Program::Module(value));
                                break 'words;
                            }
                            'X' => xopts.push(value),
                            _ => {}
                        }
                        continue 'words;
                    }
                    match c {
                        'V' => return Err(Exit::Version),
                        'B' => o.dont_write_bytecode = true,
                        'v' => o.verbose += 1,
                        'E' => o.ignore_environment = true,
                        'I' => {
                            o.isolated = true;
                            o.ignore_environment = true;
                            o.no_user_site = true;
                            o.safe_path = true;
                        }
                        's' => o.no_user_site = true,
                        'S' => o.no_site = true,
                        'q' => o.quiet = true,
                        'O' => o.optimize += 1,
                        'P' => o.safe_path = true,
                        'u' | 'b' | 'd' | 'i' | 'x' | 'R' => {}
                        'h' | '?' => return Err(Exit::Usage(String::new())),
                        _ => return Err(Exit::Usage(format!("Unknown option: -{c}"))),
                    }
                }
            }
            _ => {
                program = Some(Program::File(a.clone()));
                break;
            }
        }
    }
    o.program = program.unwrap_or(Program::Stdin);
    o.rest = args[i.min(args.len())..].to_vec();
    for x in &xopts {
        match x.split_once('=') {
            None if x == "importtime" => o.import_time = true,
            Some(("pycache_prefix", p)) => o.pycache_prefix = Some(p.to_string()),
            _ => {}
        }
    }
    if !o.ignore_environment {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if var("PYTHONDONTWRITEBYTECODE").is_some() {
            o.dont_write_bytecode = true;
        }
        if let Some(v) = var("PYTHONVERBOSE") {
            o.verbose = o.verbose.max(v.parse::<u32>().unwrap_or(1).max(1));
        }
        if var("PYTHONPROFILEIMPORTTIME").is_some() {
            o.import_time = true;
        }
        if o.pycache_prefix.is_none() {
            o.pycache_prefix = var("PYTHONPYCACHEPREFIX");
        }
        if var("PYTHONSAFEPATH").is_some() {
            o.safe_path = true;
        }
        if let Some(p) = var("PYTHONPATH") {
            o.python_path = p
                .split(':')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
        }
        o.hash_seed_zero = var("PYTHONHASHSEED").as_deref() == Some("0");
    }
    Ok(o)
}
