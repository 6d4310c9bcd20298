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
    /// The interpreter options (`sys.flags` and friends).
    pub config: kaa::Config,
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
        config: kaa::Config::default(),
        python_path: Vec::new(),
    };
    let cfg = &mut o.config;
    cfg.hash_randomization = true;
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
                        'B' => cfg.dont_write_bytecode = true,
                        'v' => cfg.verbose += 1,
                        'E' => cfg.ignore_environment = true,
                        'I' => {
                            cfg.isolated = true;
                            cfg.ignore_environment = true;
                            cfg.no_user_site = true;
                            cfg.safe_path = true;
                        }
                        's' => cfg.no_user_site = true,
                        'S' => cfg.no_site = true,
                        'q' => cfg.quiet = true,
                        'O' => cfg.optimize += 1,
                        'P' => cfg.safe_path = true,
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
            None if x == "importtime" => cfg.import_time = true,
            Some(("pycache_prefix", p)) => cfg.pycache_prefix = Some(p.to_string()),
            _ => {}
        }
    }
    if !cfg.ignore_environment {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if var("PYTHONDONTWRITEBYTECODE").is_some() {
            cfg.dont_write_bytecode = true;
        }
        if let Some(v) = var("PYTHONVERBOSE") {
            cfg.verbose = cfg.verbose.max(v.parse::<u32>().unwrap_or(1).max(1));
        }
        if var("PYTHONPROFILEIMPORTTIME").is_some() {
            cfg.import_time = true;
        }
        if cfg.pycache_prefix.is_none() {
            cfg.pycache_prefix = var("PYTHONPYCACHEPREFIX");
        }
        if var("PYTHONSAFEPATH").is_some() {
            cfg.safe_path = true;
        }
        if let Some(p) = var("PYTHONPATH") {
            o.python_path = p
                .split(':')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
        }
        if var("PYTHONHASHSEED").as_deref() == Some("0") {
            cfg.hash_randomization = false;
        }
    }
    Ok(o)
}
