//! Tests of the `kiln` command line: options, the `arg` table, the REPL on piped input, exit codes, messages,
//! `require` with package.path and KILN_PATH; tools/jit-bisect against a stand-in kiln.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KILN: &str = env!("CARGO_BIN_EXE_kiln");

/// A fresh scratch directory for one test, removed when the test is done with it.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("kiln-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn kiln(dir: &Path, args: &[&str], stdin: &str) -> Output {
    kiln_env(dir, args, stdin, &[])
}

/// The kiln binary, started by the name "kiln" (messages start with the name a program was started by).
fn kiln_command() -> Command {
    let mut cmd = Command::new(KILN);
    cmd.arg0("kiln");
    cmd
}

fn kiln_env(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    kiln_bytes(dir, args, stdin.as_bytes(), env)
}

fn kiln_bytes(dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = kiln_command()
        .args(args)
        .current_dir(dir)
        .env_remove("KILN_PATH")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kiln starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn version_option() {
    let o = kiln(&scratch("version"), &["-v"], "");
    assert_eq!(stdout(&o), "kiln 0.1.0 (Lua 5.4)\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn execute_option_runs_in_order() {
    let o = kiln(&scratch("exec"), &["-e", "x = 20", "-e", "print(x + 1)", "-eprint('attached')"], "");
    assert_eq!(stdout(&o), "21\nattached\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn runtime_error_in_execute_option() {
    let o = kiln(&scratch("exec-error"), &["-e", "error('boom')"], "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("kiln: (command line):1: boom\nstack traceback:\n"), "{err}");
    assert!(err.contains("[C]: in function 'error'"), "{err}");
}

#[test]
fn script_arguments_and_arg_table() {
    let dir = scratch("args");
    write(&dir, "show.lua", "for i = -3, #arg do io.write(i, '=', tostring(arg[i]), ' ') end\nprint('|', ...)\n");
    let o = kiln(&dir, &["-e", "x=1", "show.lua", "a", "b c"], "");
    assert_eq!(stdout(&o), "-3=kiln -2=-e -1=x=1 0=show.lua 1=a 2=b c |\ta\tb c\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn arg_table_without_script() {
    let o = kiln(&scratch("args-noscript"), &["-e", "print(arg[0] == nil, arg[1], arg[2])"], "");
    assert_eq!(stdout(&o), "false\t-e\tprint(arg[0] == nil, arg[1], arg[2])\n");
}

#[test]
fn exit_codes() {
    let dir = scratch("exit");
    write(&dir, "ok.lua", "print('fine')\n");
    write(&dir, "fail.lua", "local t = nil\nprint(t.x)\n");
    write(&dir, "exit3.lua", "os.exit(3)\n");
    assert_eq!(kiln(&dir, &["ok.lua"], "").status.code(), Some(0));
    let fail = kiln(&dir, &["fail.lua"], "");
    assert_eq!(fail.status.code(), Some(1));
    assert!(stderr(&fail).starts_with("kiln: fail.lua:2: attempt to index a nil value (local 't')\nstack traceback:\n"));
    assert_eq!(kiln(&dir, &["exit3.lua"], "").status.code(), Some(3));
    // options after a failing -e are not run
    let o = kiln(&dir, &["-e", "error('x', 0)", "ok.lua"], "");
    assert_eq!((o.status.code(), stdout(&o)), (Some(1), String::new()));
}

#[test]
fn missing_script_file() {
    let o = kiln(&scratch("missing"), &["nofile.lua"], "");
    assert_eq!(stderr(&o), "kiln: cannot open nofile.lua: No such file or directory\n");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn syntax_error_has_no_traceback() {
    let dir = scratch("syntax");
    write(&dir, "bad.lua", "print('x')\nlocal = 1\n");
    let o = kiln(&dir, &["bad.lua"], "");
    assert_eq!(stderr(&o), "kiln: bad.lua:2: <name> expected near '='\n");
    assert_eq!((o.status.code(), stdout(&o)), (Some(1), String::new()));
}

#[test]
fn shebang_line_is_skipped() {
    let dir = scratch("shebang");
    write(&dir, "s.lua", "#!/usr/bin/env kiln\nprint(debug == nil or true)\nerror('line 3')\n");
    let o = kiln(&dir, &["s.lua"], "");
    assert_eq!(stdout(&o), "true\n");
    assert!(stderr(&o).starts_with("kiln: s.lua:3: line 3\n"), "{}", stderr(&o));
}

#[test]
fn usage_errors() {
    let o = kiln(&scratch("usage"), &["-x"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("kiln: unrecognized option '-x'\nusage: kiln [options] [script [args]]\n"));
    let o = kiln(&scratch("usage2"), &["-e"], "");
    assert!(stderr(&o).starts_with("kiln: '-e' needs argument\n"));
}

#[test]
fn script_from_stdin() {
    let dir = scratch("stdin");
    let o = kiln(&dir, &["-", "a", "b"], "print('from stdin', ...)\n");
    assert_eq!(stdout(&o), "from stdin\ta\tb\n");
    // no arguments and input that is not a terminal: run it as a script
    let o = kiln(&dir, &[], "print(1 + 1)\n");
    assert_eq!(stdout(&o), "2\n");
    let o = kiln(&dir, &[], "error('in stdin')\n");
    assert!(stderr(&o).starts_with("kiln: stdin:1: in stdin\n"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn interactive_with_piped_input() {
    let dir = scratch("repl");
    let input = "x = 5\nx * 2\nfor i = 1, 2 do\nprint(i)\nend\nerror('e')\nreturn 1, nil, 'three'\nlocal t = {\n}\n";
    let o = kiln(&dir, &["-i"], input);
    let out = stdout(&o);
    // Each line read shows after its prompt, as lua5.4 (readline) shows it with piped input.
    let expected = "kiln 0.1.0 (Lua 5.4)\n> x = 5\n> x * 2\n10\n> for i = 1, 2 do\n>> print(i)\n>> end\n1\n2\n\
                    > error('e')\n> return 1, nil, 'three'\n1\tnil\tthree\n> local t = {\n>> }\n> \n";
    assert_eq!(out, expected);
    let err = stderr(&o);
    assert!(err.starts_with("stdin:1: e\nstack traceback:\n"), "{err}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn interactive_after_script() {
    let dir = scratch("repl-script");
    write(&dir, "lib.lua", "value = 42\n");
    let o = kiln(&dir, &["-i", "lib.lua"], "value\n");
    assert_eq!(stdout(&o), "kiln 0.1.0 (Lua 5.4)\n> value\n42\n> \n");
}

#[test]
fn require_uses_package_path() {
    let dir = scratch("require");
    write(&dir, "mymod.lua", "return {answer = 42, name = ...}\n");
    write(&dir, "pkg/init.lua", "return 'init of ' .. ...\n");
    write(&dir, "pkg/sub.lua", "return 'sub'\n");
    let o = kiln(&dir, &["-e", "local m = require('mymod') print(m.answer, m.name, require('mymod') == m)"], "");
    assert_eq!(stdout(&o), "42\tmymod\ttrue\n", "{}", stderr(&o));
    // As in Lua 5.4, require's second result is the file the module came from.
    let o = kiln(&dir, &["-e", "print(require('pkg'), require('pkg.sub'))"], "");
    assert_eq!(stdout(&o), "init of pkg\tsub\t./pkg/sub.lua\n", "{}", stderr(&o));
    let o = kiln_env(&dir, &["-e", "print(package.path)"], "", &[("LUA_PATH", "./?.lua;./?/init.lua")]);
    assert_eq!(stdout(&o), "./?.lua;./?/init.lua\n");
}

#[test]
fn require_option_sets_a_global() {
    let dir = scratch("require-opt");
    write(&dir, "mymod.lua", "return {answer = 42}\n");
    let o = kiln(&dir, &["-l", "mymod", "-e", "print(mymod.answer)"], "");
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
    let o = kiln(&dir, &["-lg=mymod", "-e", "print(g.answer, mymod)"], "");
    assert_eq!(stdout(&o), "42\tnil\n", "{}", stderr(&o));
}

#[test]
fn missing_module_lists_tried_paths() {
    let dir = scratch("require-missing");
    let paths = [("LUA_PATH", "./?.lua;./?/init.lua"), ("LUA_CPATH", "./?.so")];
    let o = kiln_env(&dir, &["-e", "require('nope.x')"], "", &paths);
    let err = stderr(&o);
    // The Lua searcher's files, then the C searchers' (`package.cpath`, and the root's library for the
    // all-in-one searcher), as lua5.4 lists them.
    let expected = "kiln: (command line):1: module 'nope.x' not found:\n\tno field package.preload['nope.x']\n\
                    \tno file './nope/x.lua'\n\tno file './nope/x/init.lua'\n\tno file './nope/x.so'\n\
                    \tno file './nope.so'\nstack traceback:\n";
    assert!(err.starts_with(expected), "{err}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn lua_path_cpath_and_init_variables_as_lua5_4() {
    let dir = scratch("lua-env");
    write(&dir, "init.lua", "print('init file')\n");
    let code = "print(package.path); print(package.cpath)";
    let vars = [("LUA_PATH", "x;;"), ("LUA_PATH_5_4", "y"), ("LUA_CPATH", ";;z"), ("LUA_INIT", "print('init')")];
    let o = kiln_env(&dir, &["-e", code], "", &vars);
    assert_eq!(stdout(&o).lines().collect::<Vec<_>>()[..2], ["init", "y"], "{}", stderr(&o));
    assert!(stdout(&o).trim_end().ends_with(";z"), "{}", stdout(&o));
    let o = kiln_env(&dir, &["-e", "print(1)"], "", &[("LUA_INIT_5_4", "@init.lua"), ("LUA_INIT", "error()")]);
    assert_eq!(stdout(&o), "init file\n1\n", "{}", stderr(&o));
    let o = kiln_env(&dir, &["-e", "print(1)"], "", &[("LUA_INIT", "error('bad init')")]);
    assert!(stderr(&o).starts_with("kiln: LUA_INIT:1: bad init"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
    let o = kiln_env(&dir, &["-E", "-e", "print(package.path == package.path:gsub('^x', ''))"], "", &vars);
    assert_eq!(stdout(&o), "true\n", "{}", stderr(&o));
}

#[test]
fn kiln_path_is_searched_unless_ignored() {
    let dir = scratch("kiln-path");
    let libdir = dir.join("lib");
    write(&libdir, "far.lua", "return 'far away'\n");
    let path = format!("{}/?.lua", libdir.display());
    let o = kiln_env(&dir, &["-e", "print(require('far'))"], "", &[("KILN_PATH", &path)]);
    assert_eq!(stdout(&o), format!("far away\t{}/far.lua\n", libdir.display()), "{}", stderr(&o));
    let o = kiln_env(&dir, &["-E", "-e", "print(pcall(require, 'far'))"], "", &[("KILN_PATH", &path)]);
    assert!(stdout(&o).starts_with("false\tmodule 'far' not found:"), "{}", stdout(&o));
}

#[test]
fn deep_native_nesting_does_not_crash() {
    // Each level goes through a native (pcall) and back into Lua: Rust recursion, bounded by Lua's C-stack limit.
    let code = "local function f(n) if n == 0 then return 'bottom' end \
                local ok, v = pcall(f, n - 1) return v end print(f(150))";
    let o = kiln(&scratch("deep"), &["-e", code], "");
    assert_eq!(stdout(&o), "bottom\n", "{}", stderr(&o));
    let code = "local t = setmetatable({}, {__index = function(t, k) return t[k + 1] end}) print(pcall(function() return t[1] end))";
    let o = kiln(&scratch("deep2"), &["-e", code], "");
    assert!(stdout(&o).starts_with("false\t"), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("stack overflow"), "{}", stdout(&o));
}

#[test]
fn output_is_flushed_at_exit() {
    let o = kiln(&scratch("flush"), &["-e", "io.write('no newline')"], "");
    assert_eq!(stdout(&o), "no newline");
}

/// Runs `examples/NAME` with kiln from the repository root; returns its output (after checking it succeeded).
fn run_example(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = kiln(root, &[&format!("examples/{name}")], "");
    assert_eq!(o.status.code(), Some(0), "{name} failed: {}", stderr(&o));
    stdout(&o)
}

/// luajit's output for the same example, when luajit is installed (the FFI examples are LuaJIT-compatible).
fn luajit_output(name: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = Command::new("luajit").arg(format!("examples/{name}")).current_dir(root).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn ffi_qsort_example_sorts() {
    let out = run_example("ffi_qsort.lua");
    let numbers: Vec<i64> = out.split_whitespace().map(|w| w.parse().expect("a number")).collect();
    assert_eq!(numbers.len(), 8, "{out}");
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "not sorted: {out}");
    if let Some(expected) = luajit_output("ffi_qsort.lua") {
        assert_eq!(out, expected);
    }
}

#[test]
fn ffi_sqlite_example_lists_rows() {
    let out = run_example("ffi_sqlite.lua");
    let years: Vec<i64> = out.lines().map(|l| l.rsplit('\t').next().unwrap().parse().expect("a year")).collect();
    assert_eq!(years.len(), 3, "{out}");
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "rows not ordered by year: {out}");
    if let Some(expected) = luajit_output("ffi_sqlite.lua") {
        assert_eq!(out, expected);
    }
}

/// Waits for `child` to exit, killing it (and failing) after 20 seconds.
fn wait_bounded(child: &mut std::process::Child, what: &str) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("{what}: kiln did not end");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Runs `script` in `dir`, waits for it to write "ready" on standard error, sends it SIGINT and
/// returns its exit status, standard output and the rest of standard error.
fn interrupt_script(dir: &Path, script: &str) -> (std::process::ExitStatus, String, String) {
    use std::io::{BufRead, Read};
    let mut child = kiln_command()
        .arg(script)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kiln starts");
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    // SAFETY: kill(2) on the pid of a child this test started and has not yet waited for.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) }, 0);
    let status = wait_bounded(&mut child, script);
    let (mut out, mut rest) = (String::new(), String::new());
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    err.read_to_string(&mut rest).unwrap();
    (status, out, rest)
}

/// Ctrl-C in a loop: "interrupted!" raised where the code runs, `<close>` handlers run, buffered output is
/// written, exit status 1 (as lua5.4).
#[test]
fn sigint_interrupts_with_traceback() {
    let dir = scratch("sigint");
    write(
        &dir,
        "spin.lua",
        "local guard = setmetatable({}, { __close = function() print('closed') end })\n\
         print('buffered')\n\
         local function spin()\n\
         \x20 local g <close> = guard\n\
         \x20 io.stderr:write('ready\\n') while true do end\n\
         end\n\
         spin()\n",
    );
    let (status, out, err) = interrupt_script(&dir, "spin.lua");
    assert_eq!(status.code(), Some(1));
    assert_eq!(out, "buffered\nclosed\n");
    assert_eq!(
        err,
        "kiln: spin.lua:7: interrupted!\nstack traceback:\n\tspin.lua:5: in local 'spin'\n\
         \tspin.lua:7: in main chunk\n\t[C]: in ?\n"
    );
}

/// The interrupt is an error like any other: pcall catches it.
#[test]
fn sigint_is_catchable() {
    let dir = scratch("sigint-pcall");
    write(
        &dir,
        "catch.lua",
        "local ok, err = pcall(function() io.stderr:write('ready\\n') for i = 1, math.huge do end end)\n\
         print('caught', ok, err)\n",
    );
    let (status, out, err) = interrupt_script(&dir, "catch.lua");
    assert_eq!((status.code(), out.as_str(), err.as_str()), (Some(0), "caught\tfalse\tinterrupted!\n", ""));
}

/// After the first Ctrl-C the default action is back (lua.c's `laction`): a second one, while the
/// first is caught and the program goes on, kills the process.
#[test]
fn second_sigint_kills() {
    use std::io::{BufRead, Read};
    use std::os::unix::process::ExitStatusExt;
    let dir = scratch("sigint-twice");
    write(
        &dir,
        "twice.lua",
        "pcall(function() io.stderr:write('ready\\n') while true do end end)\n\
         io.stderr:write('caught\\n')\n\
         while true do end\n",
    );
    let mut child = kiln_command()
        .arg("twice.lua")
        .current_dir(&*dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kiln starts");
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let pid = child.id() as libc::pid_t;
    for expected in ["ready\n", "caught\n"] {
        let mut line = String::new();
        err.read_line(&mut line).unwrap();
        assert_eq!(line, expected);
        // SAFETY: kill(2) on the pid of a child this test started and has not yet waited for.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    }
    let status = wait_bounded(&mut child, "twice.lua");
    assert_eq!(status.signal(), Some(libc::SIGINT));
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "");
}

/// Writing into a pipe whose reader is gone ends kiln by SIGPIPE at once, as lua5.4.
#[test]
fn broken_pipe_ends_kiln() {
    use std::io::BufRead;
    use std::os::unix::process::ExitStatusExt;
    let mut child = kiln_command()
        .args(["-e", "while true do print('y') end"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kiln starts");
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line, "y\n");
    drop(out);
    let status = wait_bounded(&mut child, "print loop");
    assert_eq!(status.signal(), Some(libc::SIGPIPE));
}

/// With standard output closed, writes that reach it fail as PUC's do: `nil, "Bad file descriptor", 9`;
/// `print` ignores the error.
#[test]
fn closed_stdout_write_errors() {
    let dir = scratch("closed-stdout");
    write(
        &dir,
        "w.lua",
        "local function show(...) io.stderr:write(table.concat({...}, ' '), '\\n') end\n\
         show('write', tostring(io.write('small') == io.stdout))\n\
         local ok, msg, code = io.stdout:flush()\n\
         show('flush', tostring(ok), msg, tostring(code))\n\
         ok, msg, code = io.write(string.rep('x', 100000))\n\
         show('big', tostring(ok), msg, tostring(code))\n\
         print('print ignores it')\n\
         show('done')\n",
    );
    let o = Command::new("bash")
        .args(["-c", &format!("exec -a kiln '{KILN}' w.lua >&-")])
        .current_dir(&*dir)
        .output()
        .unwrap();
    assert_eq!(stderr(&o), "write true\nflush nil Bad file descriptor 9\nbig nil Bad file descriptor 9\ndone\n");
    assert_eq!(o.status.code(), Some(0));
}

/// A binary chunk made by kiln's `string.dump`, written to `dir/file`.
fn dump_to(dir: &Path, file: &str, source: &str) -> Vec<u8> {
    let code = format!("local f = io.open('{file}', 'wb') f:write(string.dump(load([==[{source}]==]))) f:close()");
    let o = kiln(dir, &["-e", &code], "");
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read(dir.join(file)).unwrap()
}

#[test]
fn binary_chunk_as_script() {
    let dir = scratch("binscript");
    let chunk = dump_to(&dir, "chunk.bin", "print('binary', ...) error('stop')");
    let o = kiln(&dir, &["chunk.bin", "a", "b"], "");
    assert_eq!(stdout(&o), "binary\ta\tb\n");
    // Line information and the source name survive the dump.
    assert!(stderr(&o).starts_with("kiln: [string \"print('binary', ...) error('stop')\"]:1: stop"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
    // A '#' first line before a binary chunk is skipped, as lua.c does.
    let mut with_shebang = b"#!/usr/bin/env kiln\n".to_vec();
    with_shebang.extend_from_slice(&chunk);
    std::fs::write(dir.join("exec.bin"), with_shebang).unwrap();
    assert_eq!(stdout(&kiln(&dir, &["exec.bin", "x"], "")), "binary\tx\n");
}

#[test]
fn binary_chunk_from_stdin() {
    let dir = scratch("binstdin");
    let chunk = dump_to(&dir, "chunk.bin", "print('from stdin', select('#', ...))");
    let o = kiln_bytes(&dir, &["-", "1", "2"], &chunk, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "from stdin\t2\n");
    // A broken header names stdin, as lua.c does.
    let o = kiln_bytes(&dir, &["-"], b"\x1bLua\x53", &[]);
    assert_eq!(stderr(&o), "kiln: stdin: bad binary format (version mismatch)\n");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn debug_debug_runs_stdin_lines_until_cont() {
    let dir = scratch("debug-debug");
    let input = "io.stderr:write(1000)\nerror('x')\nlocal a =\ny = 5\ncont\nprint('after', y)\n";
    let o = kiln(&dir, &["-e", "require'debug'.debug() print('back', y) print(io.read())"], input);
    assert_eq!(
        stderr(&o),
        "lua_debug> 1000lua_debug> (debug command):1: x\nlua_debug> \
         (debug command):2: unexpected symbol near <eof>\nlua_debug> lua_debug> "
    );
    assert_eq!(stdout(&o), "back\t5\nprint('after', y)\n");
    // end of input ends it too
    let o = kiln(&dir, &["-e", "debug.debug() print('done')"], "print(1)\n");
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("1\ndone\n", "lua_debug> lua_debug> "));
}

#[test]
fn interactive_prompts_come_from_globals() {
    let dir = scratch("repl-prompts");
    let o = kiln(&dir, &["-e", "_PROMPT='P:' _PROMPT2='Q:'", "-i"], "x = 1\nfor i = 1, 2 do\nend\n=x + 1\n");
    assert_eq!(stdout(&o), "kiln 0.1.0 (Lua 5.4)\nP:x = 1\nP:for i = 1, 2 do\nQ:end\nP:=x + 1\n2\nP:\n");
    // any value, through tostring; set from the REPL itself
    let input = "_PROMPT = setmetatable({}, {__tostring = function () C = (C or 0) + 1; return C end})\n1\n";
    let o = kiln(&dir, &["-i"], input);
    assert_eq!(stdout(&o), format!("kiln 0.1.0 (Lua 5.4)\n> {}\n11\n1\n2\n", input.lines().next().unwrap()));
    // a prompt that cannot be converted ends the program with the error
    let o = kiln(&dir, &["-e", "_PROMPT = setmetatable({}, {__tostring = function () return {} end})", "-i"], "1\n");
    assert!(stderr(&o).contains("'__tostring' must return a string"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn interactive_shares_stdin_with_io_read() {
    let dir = scratch("repl-read");
    let o = kiln(&dir, &["-i"], "print(io.read())\nhello\nprint(io.read('n'))\n42\n");
    // 'n' leaves the line break, which the REPL then reads as an empty line
    assert_eq!(stdout(&o), "kiln 0.1.0 (Lua 5.4)\n> print(io.read())\nhello\n> print(io.read('n'))\n42\n> \n> \n");
}

#[test]
fn script_arguments_come_from_the_arg_table() {
    let dir = scratch("script-args");
    let o = kiln(&dir, &["-e", "arg[1] = 100", "-", "a", "b"], "print(...)\n");
    assert_eq!(stdout(&o), "100\tb\n");
    let o = kiln(&dir, &["-e", "arg[3] = 'c'", "-", "a", "b"], "print(...)\n");
    assert_eq!(stdout(&o), "a\tb\tc\n");
    let o = kiln(&dir, &["-e", "setmetatable(arg, {__len = function () return 1 end})", "-", "a", "b"], "print(...)\n");
    assert_eq!(stdout(&o), "a\n");
    let o = kiln(&dir, &["-e", "arg = 1", "-"], "print(...)\n");
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("", "kiln: 'arg' is not a table\n"));
    assert_eq!(o.status.code(), Some(1));
}

/// Run a tests/oom script under `ulimit -v` (1.5 GB of address space).
fn under_memory_limit(exe: &str, script: &Path) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 1500000; exec {exe} {}", script.display()))
        .output()
        .expect("sh runs")
}

#[test]
fn out_of_memory_is_a_catchable_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oom");
    let lua = Command::new("lua5.4").arg("-v").output().is_ok();
    for name in ["tgrow", "thash", "cat", "rep", "tconcat", "fmt", "gsub", "strmap", "pack", "io"] {
        let script = dir.join(format!("{name}.lua"));
        let out = under_memory_limit(KILN, &script);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("still usable"), "{name}: {text}");
        assert!(text.contains("not enough memory") || text.contains("too large"), "{name}: {text}");
        if lua {
            let expected = under_memory_limit("lua5.4", &script);
            assert_eq!(text, stdout(&expected), "{name} differs from lua5.4");
        }
    }
}

#[test]
fn stack_stress_switch() {
    let d = scratch("stack_stress");
    // Calls deep enough to grow the stack, a metamethod, a coroutine and a
    // vararg call: every growth check moves the stack under the switch.
    let script =
        "local function f(n, ...) if n == 0 then return select('#', ...) end return 1 + f(n - 1, n, ...) end\n\
                  local t = setmetatable({}, {__index = function(_, k) return f(k) end})\n\
                  local co = coroutine.wrap(function(n) coroutine.yield(t[n]) return f(n * 2) end)\n\
                  print(f(300), t[50], co(40), co())\n";
    write(&d.0, "s.lua", script);
    let plain = kiln(&d.0, &["s.lua"], "");
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert_eq!(stdout(&plain), "600\t100\t80\t160\n");
    let stressed = kiln_env(&d.0, &["s.lua"], "", &[("KILN_STACK_STRESS", "1")]);
    assert!(stressed.status.success(), "{}", stderr(&stressed));
    assert_eq!(stdout(&stressed), stdout(&plain));
    for bad in ["2", "yes", "-1"] {
        let o = kiln_env(&d.0, &["s.lua"], "", &[("KILN_STACK_STRESS", bad)]);
        assert!(!o.status.success(), "KILN_STACK_STRESS={bad} was accepted");
        assert!(stderr(&o).contains(&format!("KILN_STACK_STRESS={bad}: expected 0 or 1")), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

// tools/jit-bisect, run against a stand-in for kiln that honours the KILN_JIT* contract the tool documents.

/// A stand-in kiln with FAKE_FUNCTIONS functions whose output goes wrong once function number FAKE_GUILTY is
/// compiled; it refuses to run a JIT run that is not eager and blocking, and records each run's KILN_JIT_LIMIT.
const FAKE_KILN: &str = r#"#!/bin/sh
if [ "$KILN_JIT" = 0 ]; then echo "result 42"; exit 0; fi
if [ "$KILN_JIT_THRESHOLD" != 0 ] || [ "$KILN_JIT_BLOCKING" != 1 ]; then echo "not eager" >&2; exit 3; fi
compiled=$FAKE_FUNCTIONS
if [ -n "$KILN_JIT_LIMIT" ] && [ "$KILN_JIT_LIMIT" -lt "$compiled" ]; then compiled=$KILN_JIT_LIMIT; fi
echo "${KILN_JIT_LIMIT:-none}" >> "$FAKE_RUNS"
i=1
while [ "$i" -le "$compiled" ]; do
  echo "compiled $i [string \"fake script\"]:$((i * 10)) f$i $((i + 3)) $((i * 40))"
  i=$((i + 1))
done >> "$KILN_JIT_LOG"
if [ "$compiled" -ge "$FAKE_GUILTY" ]; then echo "result 41"; echo "fake error" >&2; exit 1; fi
echo "result 42"
"#;

fn python3_missing() -> bool {
    let found = Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("python3 is not installed: tools/jit-bisect is not tested");
    }
    !found
}

/// What one tools/jit-bisect run against the stand-in did.
struct Bisected {
    code: Option<i32>,
    stdout: String,
    /// KILN_JIT_LIMIT of each stand-in run with the JIT on ("none" for the full run).
    limits: Vec<String>,
}

fn bisect_fake(dir: &Path, functions: usize, guilty: usize) -> Bisected {
    let fake = dir.join("fake-kiln");
    if !fake.exists() {
        write(dir, "fake-kiln", FAKE_KILN);
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let runs = dir.join("runs");
    let _ = std::fs::remove_file(&runs);
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/jit-bisect");
    let o = Command::new("python3")
        .arg(tool)
        .arg("--kiln")
        .arg(&fake)
        .arg("fake.lua")
        .current_dir(dir)
        .env("FAKE_FUNCTIONS", functions.to_string())
        .env("FAKE_GUILTY", guilty.to_string())
        .env("FAKE_RUNS", &runs)
        .env("KILN_JIT_THRESHOLD", "7") // inherited switches the tool sets itself must not leak into its runs
        .env("KILN_JIT_LIMIT", "3")
        .output()
        .expect("python3 runs");
    let limits = std::fs::read_to_string(&runs).unwrap_or_default().lines().map(str::to_owned).collect();
    Bisected { code: o.status.code(), stdout: stdout(&o), limits }
}

#[test]
fn jit_bisect_finds_the_first_guilty_function_in_log2_runs() {
    if python3_missing() {
        return;
    }
    let d = scratch("jit_bisect");
    for functions in [1usize, 2, 3, 13, 100, 1024] {
        let mut guilty = vec![1, functions / 3, functions / 2 + 1, functions];
        guilty.retain(|&k| (1..=functions).contains(&k));
        guilty.dedup();
        for k in guilty {
            let b = bisect_fake(&d, functions, k);
            let what = format!("N={functions} k={k}:\n{}", b.stdout);
            assert_eq!(b.code, Some(1), "{what}");
            let expected = format!("first guilty function: #{k} [string \"fake script\"]:{} (function 'f{k}')", k * 10);
            assert!(b.stdout.contains(&expected), "{what}");
            assert!(b.stdout.contains("-result 42\n+result 41"), "the differing outputs are shown: {what}");
            // Bound: floor(log2 N) + 1 runs with KILN_JIT_LIMIT, after the one full JIT run.
            let bound = (usize::BITS - functions.leading_zeros()) as usize;
            assert_eq!(b.limits.first().map(String::as_str), Some("none"), "{what}");
            let limit_runs = b.limits.len() - 1;
            assert!(limit_runs <= bound, "{limit_runs} runs > {bound}: {what}");
            assert!(b.stdout.contains(&format!("{functions} functions compiled; {limit_runs} runs")), "{what}");
        }
    }
}

#[test]
fn jit_bisect_without_a_difference_or_outside_compiled_code() {
    if python3_missing() {
        return;
    }
    let d = scratch("jit_bisect_none");
    let same = bisect_fake(&d, 20, 21);
    assert_eq!(same.code, Some(0), "{}", same.stdout);
    assert!(same.stdout.starts_with("no difference"), "{}", same.stdout);
    assert_eq!(same.limits, ["none"]);

    let everywhere = bisect_fake(&d, 20, 0);
    assert_eq!(everywhere.code, Some(2), "{}", everywhere.stdout);
    assert!(everywhere.stdout.contains("the difference shows with KILN_JIT_LIMIT=0"), "{}", everywhere.stdout);
    assert_eq!(everywhere.limits.last().map(String::as_str), Some("0"));

    // The real kiln: whatever it compiles, a correct JIT shows no difference.
    write(&d, "real.lua", "local function f(n) return n < 2 and n or f(n - 1) + f(n - 2) end\nprint(f(20))\n");
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/jit-bisect");
    let o = Command::new("python3").arg(tool).args(["--kiln", KILN, "real.lua"]).current_dir(&*d).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).starts_with("no difference between KILN_JIT=0 and"), "{}", stdout(&o));
}

/// Functions that got hot while the JIT was off (`jit.off()`) are compiled once it is on again.
#[test]
fn jit_on_compiles_what_got_hot_while_off() {
    let script = "jit.off()\nlocal function f(x) return x + 1 end\nfor i = 1, 20 do f(i) end\n\
                  local _, _, before = jit.status()\njit.on()\nfor i = 1, 20 do f(i) end\n\
                  local _, _, after = jit.status()\nprint(before, after)\n";
    let o = Command::new(KILN)
        .args(["-"])
        .env("KILN_JIT_THRESHOLD", "2")
        .env("KILN_JIT_BLOCKING", "1")
        .env_remove("KILN_JIT")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().expect("stdin").write_all(script.as_bytes())?;
            c.wait_with_output()
        })
        .expect("kiln runs");
    assert_eq!(stdout(&o), "compiled=0\tcompiled=2\n");
}
