//! The interactive loop, as lua5.4's `doREPL`: each line is tried as `return <line>` first, then as a statement;
//! a chunk whose syntax error ends at "<eof>" keeps reading lines. The prompts are the globals `_PROMPT` and
//! `_PROMPT2` through `tostring`, "> " and ">> " when nil. Results are printed with the global `print`. Lines come
//! from the io library's standard input buffer (shared with `io.read` and `debug.debug`); prompts go to stdout,
//! with or without a terminal.

use kiln_interp::stdlib::auxlib;
use kiln_interp::stdlib::io as luaio;
use kiln_interp::{LuaResult, Value, Vm};
use std::io::IsTerminal;

const PROMPT: &str = "> ";
const CONTINUE_PROMPT: &str = ">> ";
/// The syntax-error suffix that marks an incomplete chunk.
const EOF_MARK: &str = "<eof>";

/// Reads, evaluates and prints until end of input; an error in converting a prompt ends it (as in lua.c, where it
/// escapes `doREPL`): `Err` with the error in `vm.error`.
pub fn run(vm: &mut Vm) -> LuaResult<()> {
    loop {
        let base = vm.top;
        let Some(first) = read_line(vm, true)? else { break };
        match load_statement(vm, first)? {
            Loaded::Function => {
                let func = vm.top - 1;
                if crate::call_traced(vm, 0, None).is_ok() {
                    print_results(vm, func);
                } else {
                    report(vm, vm.error);
                }
            }
            Loaded::Error(msg) => report(vm, msg),
            Loaded::EndOfInput => {
                vm.top = base;
                break;
            }
        }
        vm.top = base;
    }
    show(vm, b"\n");
    Ok(())
}

fn show(vm: &mut Vm, text: &[u8]) {
    let _ = luaio::write_stdout(vm, text);
    luaio::flush_stdout(vm);
}

/// The prompt (lua.c's `get_prompt`): `_PROMPT` (`_PROMPT2` for a continuation line) through `tostring`, or the
/// default when it is nil.
fn prompt_text(vm: &mut Vm, first_line: bool) -> LuaResult<Vec<u8>> {
    let (global, default) = if first_line { ("_PROMPT", PROMPT) } else { ("_PROMPT2", CONTINUE_PROMPT) };
    match vm.get_global(global) {
        Value::Nil => Ok(default.as_bytes().to_vec()),
        v => Ok(auxlib::tolstring(vm, v)?.as_bytes().to_vec()),
    }
}

/// One line without its line break, after showing the prompt; None at end of input. A first line starting with
/// '=' stands for "return" (kept from Lua 5.2, as lua.c does).
fn read_line(vm: &mut Vm, first_line: bool) -> LuaResult<Option<Vec<u8>>> {
    let text = prompt_text(vm, first_line)?;
    show(vm, &text);
    let Some(mut line) = luaio::read_stdin_line(vm, usize::MAX) else { return Ok(None) };
    if !std::io::stdin().is_terminal() {
        // lua5.4 reads lines with readline, which shows each line after its prompt even when input is not a
        // terminal (a terminal echoes it by itself): transcripts of piped sessions look the same.
        show(vm, &line);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    if first_line && line.first() == Some(&b'=') {
        line.splice(..1, b"return ".iter().copied());
    }
    Ok(Some(line))
}

/// What compiling a statement gave.
enum Loaded {
    /// The function is on top of the stack.
    Function,
    /// The error value (a message) is given.
    Error(Value),
    /// Input ended in the middle of a statement.
    EndOfInput,
}

/// Compiles the statement starting with `first`, reading continuation lines while it is incomplete.
fn load_statement(vm: &mut Vm, first: Vec<u8>) -> LuaResult<Loaded> {
    if compile(vm, &[b"return ", &first[..], b";"].concat()).is_ok() {
        return Ok(Loaded::Function);
    }
    let mut source = first;
    loop {
        let msg = match compile(vm, &source) {
            Ok(()) => return Ok(Loaded::Function),
            Err(msg) => msg,
        };
        if !is_incomplete(msg) {
            return Ok(Loaded::Error(msg));
        }
        let Some(more) = read_line(vm, false)? else { return Ok(Loaded::EndOfInput) };
        source.push(b'\n');
        source.extend_from_slice(&more);
    }
}

/// Compiles a chunk named "=stdin": pushes the function, or returns the error message (not left on the stack).
fn compile(vm: &mut Vm, src: &[u8]) -> Result<(), Value> {
    match auxlib::load(vm, src, b"=stdin", b"t") {
        Ok(true) => Ok(()),
        Ok(false) => Err(vm.pop()),
        Err(_) => Err(vm.error),
    }
}

fn is_incomplete(msg: Value) -> bool {
    matches!(msg, Value::Str(s) if s.as_bytes().ends_with(EOF_MARK.as_bytes()))
}

/// Prints the values from `func` (where the results start) to the top with the global `print`.
fn print_results(vm: &mut Vm, func: usize) {
    let n = vm.top - func;
    if n == 0 {
        return;
    }
    let print = vm.get_global("print");
    vm.push(print);
    // Move print below the results: rotate the slice [func, top).
    vm.stack[func..vm.top].rotate_right(1);
    if crate::call_traced(vm, n, Some(0)).is_err() {
        let msg = crate::error_message(vm, vm.error);
        luaio::flush_stdout(vm);
        luaio::write_stderr(format!("error calling 'print' ({msg})\n").as_bytes());
    }
}

/// In the REPL, lua.c prints messages without the program name.
fn report(vm: &mut Vm, err: Value) {
    let msg = crate::error_message(vm, err);
    luaio::flush_stdout(vm);
    luaio::write_stderr(format!("{msg}\n").as_bytes());
}
