//! Command-line parsing for `kiln`, following lua5.4's `lua.c`: options up to the script name, then its arguments.

/// The program name used in messages when the command line gives none.
pub const DEFAULT_PROGNAME: &str = "kiln";

static PROGNAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the name messages start with, as lua.c: `argv[0]` when it is not empty. Called once, first thing.
pub fn set_progname(argv0: Option<&str>) {
    let name = argv0.filter(|a| !a.is_empty()).unwrap_or(DEFAULT_PROGNAME);
    let _ = PROGNAME.set(name.to_string());
}

/// The name messages start with ("kiln: ..."; the path the program was started by, as lua.c prints).
pub fn progname() -> &'static str {
    PROGNAME.get().map_or(DEFAULT_PROGNAME, String::as_str)
}

/// The line `-v` prints.
pub const VERSION_LINE: &str = concat!("kiln ", env!("CARGO_PKG_VERSION"), " (Lua 5.4)");

/// One `-e` or `-l` option, run in command-line order before the script.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// `-e stat`: run a chunk named "(command line)".
    Execute(String),
    /// `-l mod` or `-l g=mod`: `global = require(module)`.
    Require { global: String, module: String },
}

/// Where the script comes from.
#[derive(Debug, PartialEq)]
pub enum Script {
    File(String),
    Stdin,
}

#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub actions: Vec<Action>,
    pub interactive: bool,
    pub version: bool,
    pub ignore_env: bool,
    pub warnings: bool,
    /// `--list`: print the bytecode listing of the script instead of running it.
    pub list: bool,
    pub script: Option<Script>,
    /// Index in argv of the script name (the `arg` table's 0), or None when there is no script.
    pub script_index: Option<usize>,
}

/// A command line `kiln` cannot run: the message (without the program name) and whether to print usage.
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

pub fn usage_text() -> String {
    format!(
        "usage: {} [options] [script [args]]
Available options are:
  -e stat   execute string 'stat'
  -i        enter interactive mode after executing 'script'
  -l mod    require library 'mod' into global 'mod'
  -l g=mod  require library 'mod' into global 'g'
  -v        show version information
  -E        ignore environment variables
  -W        turn warnings on
  --list    print the bytecode listing of 'script' instead of running it
  --        stop handling options
  -         stop handling options and execute stdin
",
        progname()
    )
}

/// Parses `argv` (argv[0] is the program). Options stop at the first argument that is not one.
pub fn parse(argv: &[String]) -> Result<Options, UsageError> {
    let mut opts = Options::default();
    let mut i = 1;
    while i < argv.len() {
        let a = argv[i].as_str();
        if !a.starts_with('-') {
            opts.script = Some(Script::File(a.to_string()));
            opts.script_index = Some(i);
            return Ok(opts);
        }
        match a {
            "-" => {
                opts.script = Some(Script::Stdin);
                opts.script_index = Some(i);
                return Ok(opts);
            }
            "--" => {
                if let Some(next) = argv.get(i + 1) {
                    opts.script = Some(Script::File(next.clone()));
                    opts.script_index = Some(i + 1);
                }
                return Ok(opts);
            }
            "-i" => {
                opts.interactive = true;
                opts.version = true;
            }
            "-v" => opts.version = true,
            "-E" => opts.ignore_env = true,
            "-W" => opts.warnings = true,
            "--list" => opts.list = true,
            _ if a.starts_with("-e") || a.starts_with("-l") => {
                let (value, used) = option_value(argv, i)?;
                i += used;
                opts.actions.push(if a.starts_with("-e") { Action::Execute(value) } else { require_action(value) });
                continue;
            }
            _ => return Err(UsageError(format!("unrecognized option '{a}'"))),
        }
        i += 1;
    }
    Ok(opts)
}

/// The value of `-e`/`-l` at argv[i], attached ("-estat") or in the next argument; and how many arguments it used.
fn option_value(argv: &[String], i: usize) -> Result<(String, usize), UsageError> {
    let flag = &argv[i][..2];
    let attached = &argv[i][2..];
    if !attached.is_empty() {
        return Ok((attached.to_string(), 1));
    }
    match argv.get(i + 1) {
        Some(next) if !next.starts_with('-') => Ok((next.clone(), 2)),
        _ => Err(UsageError(format!("'{flag}' needs argument"))),
    }
}

fn require_action(value: String) -> Action {
    match value.split_once('=') {
        Some((global, module)) => Action::Require { global: global.to_string(), module: module.to_string() },
        None => Action::Require { global: value.clone(), module: value },
    }
}

/// The `arg` table's entries as (index, value): the script at 0, options before it at negative indices,
/// script arguments at 1.. . Without a script, argv[0] is at 0 and every option follows (as lua5.4 does).
pub fn arg_entries(argv: &[String], script_index: Option<usize>) -> Vec<(i64, String)> {
    let base = script_index.unwrap_or(0) as i64;
    argv.iter().enumerate().map(|(i, a)| (i as i64 - base, a.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &[&str]) -> Vec<String> {
        std::iter::once("kiln").chain(s.iter().copied()).map(String::from).collect()
    }

    #[test]
    fn options_stop_at_the_script() {
        let a = argv(&["-e", "x=1", "-lfoo", "script.lua", "-v", "arg"]);
        let o = parse(&a).unwrap();
        assert_eq!(
            o.actions,
            vec![Action::Execute("x=1".into()), Action::Require { global: "foo".into(), module: "foo".into() }]
        );
        assert_eq!(o.script, Some(Script::File("script.lua".into())));
        assert_eq!(o.script_index, Some(4));
        assert!(!o.version);
        let entries = arg_entries(&a, o.script_index);
        assert_eq!(entries[5..], [(1, "-v".to_string()), (2, "arg".to_string())]);
    }

    #[test]
    fn arg_table_indices_follow_lua() {
        let a = argv(&["-e", "s", "x.lua", "p"]);
        let o = parse(&a).unwrap();
        let entries = arg_entries(&a, o.script_index);
        assert_eq!(entries[0], (-3, "kiln".to_string()));
        assert_eq!(entries[2], (-1, "s".to_string()));
        assert_eq!(entries[3], (0, "x.lua".to_string()));
        assert_eq!(entries[4], (1, "p".to_string()));
        let no_script = arg_entries(&argv(&["-e", "s"]), None);
        assert_eq!(no_script[0], (0, "kiln".to_string()));
        assert_eq!(no_script[1], (1, "-e".to_string()));
    }

    #[test]
    fn dash_and_double_dash() {
        let o = parse(&argv(&["-", "a"])).unwrap();
        assert_eq!(o.script, Some(Script::Stdin));
        let o = parse(&argv(&["--", "-weird.lua", "a"])).unwrap();
        assert_eq!(o.script, Some(Script::File("-weird.lua".into())));
        assert_eq!(o.script_index, Some(2));
        let o = parse(&argv(&["--"])).unwrap();
        assert_eq!(o.script, None);
    }

    #[test]
    fn require_with_global_name() {
        let o = parse(&argv(&["-l", "g=mod.sub"])).unwrap();
        assert_eq!(o.actions, vec![Action::Require { global: "g".into(), module: "mod.sub".into() }]);
    }

    #[test]
    fn usage_errors() {
        assert_eq!(parse(&argv(&["-x"])), Err(UsageError("unrecognized option '-x'".into())));
        assert_eq!(parse(&argv(&["-e"])), Err(UsageError("'-e' needs argument".into())));
        assert_eq!(parse(&argv(&["-l", "-v"])), Err(UsageError("'-l' needs argument".into())));
        assert_eq!(parse(&argv(&["-ix"])), Err(UsageError("unrecognized option '-ix'".into())));
    }

    #[test]
    fn interactive_implies_version() {
        let o = parse(&argv(&["-i"])).unwrap();
        assert!(o.interactive && o.version);
    }
}
