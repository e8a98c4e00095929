//! The interactive loop, as lua5.4's `doREPL`: each line is tried as `return <line>` first, then as a statement;
//! a chunk whose syntax error ends at "<eof>" keeps reading lines (prompt ">> "). Results are printed with the
//! global `print`. Works with or without a terminal (prompts go to stdout either way).

use kiln_interp::stdlib::auxlib;
use kiln_interp::stdlib::io as luaio;
use kiln_interp::{Value, Vm};
use std::io::BufRead;

const PROMPT: &str = "> ";
const CONTINUE_PROMPT: &str = ">> ";
/// The syntax-error suffix that marks an incomplete chunk.
const EOF_MARK: &str = "<eof>";

/// Reads, evaluates and prints until end of input.
pub fn run(vm: &mut Vm, input: &mut dyn BufRead) {
    while let Some(first) = read_line(vm, input, PROMPT) {
        let base = vm.top;
        match load_statement(vm, input, first) {
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
    prompt(vm, "\n");
}

fn prompt(vm: &mut Vm, text: &str) {
    let _ = luaio::write_stdout(vm, text.as_bytes());
    luaio::flush_stdout(vm);
}

/// One line without its line break, after showing `prompt_text`; None at end of input.
fn read_line(vm: &mut Vm, input: &mut dyn BufRead, prompt_text: &str) -> Option<String> {
    prompt(vm, prompt_text);
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Some(line)
        }
    }
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
fn load_statement(vm: &mut Vm, input: &mut dyn BufRead, first: String) -> Loaded {
    match compile(vm, format!("return {first}").as_bytes()) {
        Ok(()) => return Loaded::Function,
        Err(_) => {}
    }
    let mut source = first;
    loop {
        let msg = match compile(vm, source.as_bytes()) {
            Ok(()) => return Loaded::Function,
            Err(msg) => msg,
        };
        if !is_incomplete(msg) {
            return Loaded::Error(msg);
        }
        let Some(more) = read_line(vm, input, CONTINUE_PROMPT) else { return Loaded::EndOfInput };
        source.push('\n');
        source.push_str(&more);
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
