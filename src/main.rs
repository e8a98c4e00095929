//! `kiln`: the command-line interpreter, with lua5.4's options, `arg` table, REPL, messages and exit codes.

mod cli;
mod package;
mod repl;

use cli::{Action, Options, Script, PROGNAME};
use kiln_gc::HeapConfig;
use kiln_interp::stdlib::{self, auxlib, io as luaio};
use kiln_interp::{LuaResult, Value, Vm};
use std::io::IsTerminal;

/// The interpreter runs on a thread with this much stack, so deeply nested Rust-level calls (metamethods,
/// natives calling Lua) hit Lua's own limits long before the native stack runs out.
const VM_STACK_BYTES: usize = 256 << 20;

fn main() {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let vm_thread =
        std::thread::Builder::new().name("kiln".into()).stack_size(VM_STACK_BYTES).spawn(move || run(&argv));
    let code = match vm_thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 70, // the VM thread panicked: an internal error, already reported by the panic hook
        Err(e) => {
            eprintln!("{PROGNAME}: cannot start the interpreter thread: {e}");
            1
        }
    };
    std::process::exit(code);
}

/// Runs the command line; returns the exit status.
fn run(argv: &[String]) -> i32 {
    let opts = match cli::parse(argv) {
        Ok(o) => o,
        Err(cli::UsageError(msg)) => {
            luaio::write_stderr(format!("{PROGNAME}: {msg}\n{}", cli::usage_text()).as_bytes());
            return 1;
        }
    };
    let config = match HeapConfig::from_env() {
        Ok(c) => c,
        Err(msg) => {
            luaio::write_stderr(format!("{PROGNAME}: {msg}\n").as_bytes());
            return 1;
        }
    };
    let mut vm = Vm::new(config);
    stdlib::open_all(&mut vm);
    let kiln_path = if opts.ignore_env { None } else { std::env::var("KILN_PATH").ok() };
    package::open_package(&mut vm, &package::search_path(kiln_path.as_deref()));
    kiln_ffi::open(&mut vm);
    create_arg_table(&mut vm, argv, opts.script_index);
    // lua.c runs everything inside `pmain`, itself called through `lua_pcall`:
    // one C level more, so scripts meet "C stack overflow" at the same depth.
    vm.nested_level += 1;
    let ok = run_options(&mut vm, &opts, argv);
    vm.nested_level -= 1;
    stdlib::base::close_state(&mut vm);
    if ok {
        0
    } else {
        1
    }
}

/// lua.c's `pmain` after the libraries are open: version, `-e`/`-l`/`-W` in order, the script, then the REPL.
fn run_options(vm: &mut Vm, opts: &Options, argv: &[String]) -> bool {
    if opts.version {
        print_stdout(vm, &format!("{}\n", cli::VERSION_LINE));
    }
    if opts.warnings {
        stdlib::base::set_warnings(vm, true);
    }
    for action in &opts.actions {
        let ok = match action {
            Action::Execute(code) => run_string(vm, code),
            Action::Require { global, module } => require_into_global(vm, global, module),
        };
        if !ok {
            return false;
        }
    }
    match &opts.script {
        Some(script) if opts.list => return list_script(vm, script),
        Some(script) => {
            if !run_script(vm, script, &cli::script_args(argv, opts.script_index)) {
                return false;
            }
        }
        None => {}
    }
    if opts.interactive {
        repl::run(vm, &mut std::io::stdin().lock());
    } else if opts.script.is_none() && opts.actions.is_empty() && !opts.version {
        if std::io::stdin().is_terminal() {
            print_stdout(vm, &format!("{}\n", cli::VERSION_LINE));
            repl::run(vm, &mut std::io::stdin().lock());
        } else {
            return run_script(vm, &Script::Stdin, &[]);
        }
    }
    true
}

/// Writes through the io library's stdout buffer (so it stays in order with `print`) and flushes it.
fn print_stdout(vm: &mut Vm, text: &str) {
    let _ = luaio::write_stdout(vm, text.as_bytes());
    luaio::flush_stdout(vm);
}

/// Prints "kiln: msg" for an error value, as lua.c's `report`.
fn report(vm: &mut Vm, err: Value) {
    let msg = error_message(vm, err);
    luaio::flush_stdout(vm);
    luaio::write_stderr(format!("{PROGNAME}: {msg}\n").as_bytes());
}

/// The text of an error value: a string or number as is, else "(error object is a X value)".
pub fn error_message(vm: &mut Vm, err: Value) -> String {
    match err {
        Value::Str(s) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
        Value::Int(_) | Value::Float(_) => kiln_interp::number::number_to_string(err),
        _ => format!("(error object is a {} value)", vm.type_name_of(err)),
    }
}

/// Calls the function below the top `nargs` values with a traceback handler; reports an error.
/// On success the results (all of them) are left on the stack from the function's slot.
fn docall(vm: &mut Vm, nargs: usize) -> bool {
    match call_traced(vm, nargs, None) {
        Ok(()) => true,
        Err(_) => {
            report(vm, vm.error);
            false
        }
    }
}

/// Calls the function below the top `nargs` values, keeping `nresults` results (all if None) from its slot.
/// On error `vm.error` holds the error value.
pub fn call_traced(vm: &mut Vm, nargs: usize, nresults: Option<usize>) -> LuaResult<()> {
    vm.call_with_traceback(nargs, nresults.map_or(-1, |n| n as i32)).map(|_| ())
}

fn run_string(vm: &mut Vm, code: &str) -> bool {
    let base = vm.top;
    let loaded = auxlib::load(vm, code.as_bytes(), b"=(command line)", b"t");
    let ok = loaded_or_report(vm, loaded) && docall(vm, 0);
    vm.top = base;
    ok
}

/// `-l g=mod`: `g = require("mod")`.
fn require_into_global(vm: &mut Vm, global: &str, module: &str) -> bool {
    let base = vm.top;
    let require = vm.get_global("require");
    vm.push(require);
    vm.push_str(module.as_bytes());
    let ok = match call_traced(vm, 1, Some(1)) {
        Ok(()) => {
            let m = vm.pop();
            vm.set_global_value(global, m);
            true
        }
        Err(_) => {
            report(vm, vm.error);
            false
        }
    };
    vm.top = base;
    ok
}

/// Loads the script and pushes its function; on failure reports the message and returns false.
fn load_script(vm: &mut Vm, script: &Script) -> bool {
    let name = match script {
        Script::File(name) => Some(name.as_bytes()),
        Script::Stdin => None,
    };
    let loaded = stdlib::base::load_file(vm, name, b"bt");
    loaded_or_report(vm, loaded)
}

/// The outcome of a load (`Ok(true)`: the function is pushed; `Ok(false)`: the
/// message is pushed; `Err`: the error is in `vm.error`): true when loaded,
/// otherwise reports the message and returns false.
fn loaded_or_report(vm: &mut Vm, loaded: LuaResult<bool>) -> bool {
    match loaded {
        Ok(true) => true,
        Ok(false) => {
            let msg = vm.pop();
            report(vm, msg);
            false
        }
        Err(_) => {
            report(vm, vm.error);
            false
        }
    }
}

/// Loads and runs the script with its arguments as `...`.
fn run_script(vm: &mut Vm, script: &Script, args: &[String]) -> bool {
    let base = vm.top;
    if !load_script(vm, script) {
        return false;
    }
    for a in args {
        vm.push_str(a.as_bytes());
    }
    let ok = docall(vm, args.len());
    vm.top = base;
    ok
}

/// `--list`: the bytecode listing of the script's main function and everything nested in it.
fn list_script(vm: &mut Vm, script: &Script) -> bool {
    let (src, chunkname) = match script {
        Script::File(name) => (std::fs::read(name), format!("@{name}")),
        Script::Stdin => (std::io::read_to_string(std::io::stdin()).map(String::into_bytes), "=stdin".to_string()),
    };
    let src = match src {
        Ok(src) => src,
        Err(e) => {
            let msg = format!("cannot open {}: {}", &chunkname[1..], luaio::error_text(&e));
            luaio::write_stderr(format!("{PROGNAME}: {msg}\n").as_bytes());
            return false;
        }
    };
    match kiln_interp::compile::compile_with(&mut vm.heap, &src, &chunkname, true) {
        Ok(proto) => {
            let text = kiln_interp::listing::listing(&proto);
            print_stdout(vm, &text);
            true
        }
        Err(msg) => {
            luaio::write_stderr(format!("{PROGNAME}: {msg}\n").as_bytes());
            false
        }
    }
}

/// The global `arg`: the script at 0, interpreter options at negative indices, script arguments after it.
fn create_arg_table(vm: &mut Vm, argv: &[String], script_index: Option<usize>) {
    let entries = cli::arg_entries(argv, script_index);
    let t = vm.new_table(entries.len(), 0);
    let handle = vm.hold(Value::Table(t));
    for (i, a) in entries {
        let s = vm.new_str_value(a.as_bytes());
        let Value::Table(t) = vm.handles[handle] else { unreachable!("arg table held") };
        vm.table_set_int(t, i, s);
    }
    let arg = vm.release();
    vm.set_global_value("arg", arg);
}
