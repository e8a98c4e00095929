//! `kiln`: the command-line interpreter, with lua5.4's options, `arg` table, REPL, messages and exit codes.
//!
//! kiln starts as a C program does, without the Rust runtime's start-up code, which would ignore SIGPIPE
//! and reopen closed standard descriptors on /dev/null: lua5.4 does neither, so `kiln ... | head -1` ends by
//! SIGPIPE as it does, and writes to a closed standard output fail with EBADF (`io.write`, `file:flush`).
#![cfg_attr(not(test), no_main)]

mod cli;
mod interrupt;
mod package;
mod repl;

use cli::{progname, Action, Options, Script};
use kiln_gc::HeapConfig;
use kiln_interp::stdlib::{self, auxlib, io as luaio};
use kiln_interp::{LuaResult, Value, Vm};
use std::io::IsTerminal;

/// The interpreter runs on a thread with this much stack, so deeply nested Rust-level calls (metamethods,
/// natives calling Lua) hit Lua's own limits long before the native stack runs out.
const VM_STACK_BYTES: usize = 256 << 20;

/// The C entry point (see the top of this file); the arguments are read through `std::env`. (Unit tests
/// have the test harness's entry point instead.)
#[cfg_attr(not(test), no_mangle)]
#[cfg_attr(test, allow(dead_code))]
extern "C" fn main(_argc: std::ffi::c_int, _argv: *const *const std::ffi::c_char) -> std::ffi::c_int {
    run_main()
}

/// Runs the interpreter on its own thread and exits with its status.
fn run_main() -> ! {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    cli::set_progname(argv.first().map(String::as_str));
    let vm_thread =
        std::thread::Builder::new().name("kiln".into()).stack_size(VM_STACK_BYTES).spawn(move || run(&argv));
    let code = match vm_thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 70, // the VM thread panicked: an internal error, already reported by the panic hook
        Err(e) => {
            eprintln!("{}: cannot start the interpreter thread: {e}", progname());
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
            luaio::write_stderr(format!("{}: {msg}\n{}", progname(), cli::usage_text()).as_bytes());
            return 1;
        }
    };
    let config = match HeapConfig::from_env() {
        Ok(c) => c,
        Err(msg) => {
            luaio::write_stderr(format!("{}: {msg}\n", progname()).as_bytes());
            return 1;
        }
    };
    let mut vm = Vm::new(config);
    let jit = kiln_jit::config::JitConfig::from_env().and_then(|c| kiln_jit::install(&mut vm, c));
    if let Err(msg) = jit {
        luaio::write_stderr(format!("{}: {msg}\n", progname()).as_bytes());
        return 1;
    }
    stdlib::open_all(&mut vm);
    kiln_jit::lualib::open(&mut vm);
    let env = |name: &str| if opts.ignore_env { None } else { std::env::var(name).ok() };
    let lua_path = package::path_from_env(env("LUA_PATH_5_4").or_else(|| env("LUA_PATH")), package::DEFAULT_PATH);
    let path = package::search_path(env("KILN_PATH").as_deref(), &lua_path);
    let cpath = package::path_from_env(env("LUA_CPATH_5_4").or_else(|| env("LUA_CPATH")), package::DEFAULT_CPATH);
    package::open_package(&mut vm, &path, &cpath);
    kiln_ffi::open(&mut vm);
    kiln_capi::open(&mut vm);
    create_arg_table(&mut vm, argv, opts.script_index);
    // lua.c runs everything inside `pmain`, itself called through `lua_pcall`:
    // one C level more, so scripts meet "C stack overflow" at the same depth.
    vm.nested_level += 1;
    let ok = run_options(&mut vm, &opts);
    vm.nested_level -= 1;
    stdlib::base::close_state(&mut vm);
    if ok {
        0
    } else {
        1
    }
}

/// lua.c's `pmain` after the libraries are open: version, `-e`/`-l`/`-W` in order, the script, then the REPL.
fn run_options(vm: &mut Vm, opts: &Options) -> bool {
    if opts.version {
        print_stdout(vm, &format!("{}\n", cli::VERSION_LINE));
    }
    if !opts.ignore_env && !run_lua_init(vm) {
        return false;
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
        Some(script) if !run_script(vm, script, true) => return false,
        _ => {}
    }
    if opts.interactive {
        return run_repl(vm);
    } else if opts.script.is_none() && opts.actions.is_empty() && !opts.version {
        if std::io::stdin().is_terminal() {
            print_stdout(vm, &format!("{}\n", cli::VERSION_LINE));
            return run_repl(vm);
        } else {
            return run_script(vm, &Script::Stdin, false);
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
    luaio::write_stderr(format!("{}: {msg}\n", progname()).as_bytes());
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
/// On error `vm.error` holds the error value. Ctrl-C during the call raises "interrupted!" in it.
pub fn call_traced(vm: &mut Vm, nargs: usize, nresults: Option<usize>) -> LuaResult<()> {
    let armed = interrupt::arm(vm);
    let r = vm.call_with_traceback(nargs, nresults.map_or(-1, |n| n as i32)).map(|_| ());
    drop(armed);
    // An interrupt that came too late for this call is not meant for the next one.
    vm.clear_interrupt();
    r
}

fn run_string(vm: &mut Vm, code: &str) -> bool {
    run_chunk_text(vm, code, "=(command line)")
}

/// lua.c's `handle_luainit`: `LUA_INIT_5_4`, else `LUA_INIT`, is "@file" (run that file) or code (chunk
/// named after the variable).
fn run_lua_init(vm: &mut Vm) -> bool {
    let Some((name, init)) =
        ["LUA_INIT_5_4", "LUA_INIT"].into_iter().find_map(|n| std::env::var(n).ok().map(|v| (n, v)))
    else {
        return true;
    };
    match init.strip_prefix('@') {
        Some(file) => run_script(vm, &Script::File(file.to_string()), false),
        None => run_chunk_text(vm, &init, &format!("={name}")),
    }
}

/// Loads `code` as a text chunk called `chunkname` and runs it; reports an error.
fn run_chunk_text(vm: &mut Vm, code: &str, chunkname: &str) -> bool {
    let base = vm.top;
    let loaded = auxlib::load(vm, code.as_bytes(), chunkname.as_bytes(), b"t");
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

/// The REPL; an error escaping it (from converting a prompt) is reported as lua.c's `pmain` errors are.
fn run_repl(vm: &mut Vm) -> bool {
    let base = vm.top;
    let ok = repl::run(vm).is_ok();
    if !ok {
        report(vm, vm.error);
    }
    vm.top = base;
    ok
}

/// Loads and runs the script; `with_args`: its `...` are `arg[1..#arg]` as the table is when the script starts (lua.c's
/// `pushargs`: earlier `-e` code may have changed them).
fn run_script(vm: &mut Vm, script: &Script, with_args: bool) -> bool {
    let base = vm.top;
    if !load_script(vm, script) {
        return false;
    }
    let nargs = if with_args {
        match push_script_args(vm) {
            Ok(n) => n,
            Err(_) => {
                report(vm, vm.error);
                vm.top = base;
                return false;
            }
        }
    } else {
        0
    };
    let ok = docall(vm, nargs);
    vm.top = base;
    ok
}

/// Pushes `arg[1]` .. `arg[#arg]` (raw reads, `#` with `__len`), as lua.c's `pushargs`.
fn push_script_args(vm: &mut Vm) -> LuaResult<usize> {
    let arg = vm.get_global("arg");
    if !matches!(arg, Value::Table(_)) {
        return Err(vm.rt_error("'arg' is not a table"));
    }
    vm.hold(arg);
    let n = auxlib::length(vm, arg);
    let arg = vm.release();
    let n = usize::try_from(n?).unwrap_or(0);
    if vm.ensure_stack(n + 3).is_err() {
        return Err(vm.rt_error("stack overflow (too many arguments to script)"));
    }
    let Value::Table(t) = arg else { unreachable!("checked above") };
    for i in 1..=n {
        vm.push(t.get_int(i as i64));
    }
    Ok(n)
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
            luaio::write_stderr(format!("{}: {msg}\n", progname()).as_bytes());
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
            luaio::write_stderr(format!("{}: {msg}\n", progname()).as_bytes());
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
