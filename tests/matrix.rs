//! The test matrix: every tests/lua/NAME.lua runs under each VM mode (and under a reference interpreter when installed) and must match NAME.out / NAME.err.
//!
//! Rules, per script:
//! - stdout must equal NAME.out in every mode;
//! - if NAME.err exists, stderr must equal it and the exit code must be nonzero; otherwise the exit code must be 0;
//! - the script's first line picks the reference interpreter whose output NAME.out must be:
//!   - no mark: `lua5.4`. Where it is installed, lua5.4's stdout must equal NAME.out too (so .out files are Lua's
//!     own output) and its exit status must agree with the presence of NAME.err;
//!   - `-- luajit` (the line may go on: `-- luajit: why`): `luajit` (for FFI scripts, which lua5.4 cannot run). Same checks against luajit's run, where
//!     luajit is installed: NAME.out is made with `luajit NAME.lua > NAME.out`. kiln still runs in all its modes;
//!   - `-- kiln-only`: none; the expectations are kiln's own (kiln-specific behaviour and messages).
//!
//!   When the reference interpreter is missing, its comparison is skipped and a note says so.
//!
//! FFI fixture: build.rs compiles ffi/tests/fixture/kfix.c into a shared library and passes its path here at compile
//! time; every run (kiln and reference) gets it in the environment variable `KILN_FFI_FIXTURE` (scripts do
//! `ffi.load(os.getenv("KILN_FFI_FIXTURE"))`). If it could not be built (no C compiler), the scripts that mention
//! KILN_FFI_FIXTURE are skipped, with a note naming them.
//!
//! C API fixture: build.rs compiles capi/tests/fixture/kcapi.c (a Lua C module exercising the C API) against
//! lua5.4's headers when they are installed; its path is in `KILN_CAPI_FIXTURE` the same way, and the scripts that
//! mention KILN_CAPI_FIXTURE are skipped with a note when it could not be built.
//!
//! C modules: a script with a line `-- requires C module: NAME` (e.g. Debian's cjson) is skipped, with a note, when
//! kiln's `package.cpath` finds no library for NAME.
//!
//! `KILN_TEST_FILTER=substring` runs only the scripts whose file name contains it. Scripts run in parallel, each
//! run under a timeout; every failure is reported at the end, then one line `N passed, M failed`.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The VM modes every script runs in: a name and the environment it sets. One table, so a new mode
/// (e.g. the JIT-eager `KILN_JIT_THRESHOLD=0 KILN_JIT_BLOCKING=1`) is a one-line change.
///
/// The heap modes: `nursery4k` collects every few KiB and verifies the heap after each collection (a missing
/// write barrier or root is reported at the first collection after the bad store); `gcstress` runs a minor
/// collection at every allocation (verifying there as well would walk the whole heap per allocation: minutes per
/// script); `gcmajor` runs a full collection every 50 allocations, verified, so mark, weak-table, finalizer and
/// sweep bugs surface where a program would rarely meet a major collection. `stackstress` moves the value stack
/// to a fresh allocation at every growth check and poisons the old one, so a pointer into the stack kept across
/// anything that may grow it (a call, an allocation, a metamethod) reads the poison.
const MODES: &[(&str, &[(&str, &str)])] = &[
    ("default", &[]),
    ("interp", &[("KILN_JIT", "0")]),
    ("nursery4k", &[("KILN_NURSERY", "4096"), ("KILN_GC_VERIFY", "1")]),
    ("gcstress", &[("KILN_GC_STRESS", "1")]),
    ("gcmajor", &[("KILN_GC_STRESS", "major:50"), ("KILN_GC_VERIFY", "1")]),
    ("stackstress", &[("KILN_STACK_STRESS", "1")]),
    ("jit", &[("KILN_JIT_THRESHOLD", "0"), ("KILN_JIT_BLOCKING", "1")]),
    (
        "jitnursery4k",
        &[("KILN_JIT_THRESHOLD", "0"), ("KILN_JIT_BLOCKING", "1"), ("KILN_NURSERY", "4096"), ("KILN_GC_VERIFY", "1")],
    ),
    ("jitgcstress", &[("KILN_JIT_THRESHOLD", "0"), ("KILN_JIT_BLOCKING", "1"), ("KILN_GC_STRESS", "1")]),
    ("jitstackstress", &[("KILN_JIT_THRESHOLD", "0"), ("KILN_JIT_BLOCKING", "1"), ("KILN_STACK_STRESS", "1")]),
];

/// Environment variables cleared before each run so the caller's shell cannot change a mode's meaning.
const CLEARED_ENV: &[&str] = &[
    "KILN_JIT",
    "KILN_JIT_THRESHOLD",
    "KILN_JIT_BLOCKING",
    "KILN_JIT_LIMIT",
    "KILN_JIT_DISABLE_OPS",
    "KILN_JIT_LOG",
    "KILN_JIT_DUMP",
    "KILN_JIT_CODE_MB",
    "KILN_NURSERY",
    "KILN_GC_STRESS",
    "KILN_GC_VERIFY",
    "KILN_STACK_STRESS",
    "KILN_PATH",
    "KILN_TRACE",
    "KILN_PERF_MAP",
    "LUA_INIT",
    "LUA_INIT_5_4",
    "LUA_PATH",
    "LUA_PATH_5_4",
    "LUA_CPATH",
    "LUA_CPATH_5_4",
];

/// Wall-clock limit for one run of one script.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// First line that marks a script whose expected output is kiln's own (no reference interpreter is consulted).
const KILN_ONLY_MARK: &str = "-- kiln-only";

/// First line that marks a script whose expected output is luajit's (FFI scripts) instead of lua5.4's.
const LUAJIT_MARK: &str = "-- luajit";

/// Path of the FFI test fixture library built by build.rs, or "" when it could not be built.
const FFI_FIXTURE: &str = env!("KILN_FFI_FIXTURE");

/// The environment variable through which scripts find the fixture; a script mentioning it needs the fixture.
const FFI_FIXTURE_VAR: &str = "KILN_FFI_FIXTURE";

/// The C API test module's path (built by build.rs against lua5.4's headers), or "" when it could not be built.
const CAPI_FIXTURE: &str = env!("KILN_CAPI_FIXTURE");

/// The environment variable through which scripts find the C API test module.
const CAPI_FIXTURE_VAR: &str = "KILN_CAPI_FIXTURE";

/// The start of a line naming a C module a script needs (`-- requires C module: cjson`).
const C_MODULE_MARK: &str = "-- requires C module: ";

/// An interpreter whose output .out files are made from.
#[derive(Clone, Copy, PartialEq)]
enum Reference {
    Lua54,
    LuaJit,
}

impl Reference {
    const ALL: [Reference; 2] = [Reference::Lua54, Reference::LuaJit];

    fn program(self) -> &'static str {
        match self {
            Reference::Lua54 => "lua5.4",
            Reference::LuaJit => "luajit",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Which interpreter a job runs.
#[derive(Clone, Copy, PartialEq)]
enum Runner {
    Kiln(usize),
    Reference(Reference),
}

struct Job {
    script: PathBuf,
    runner: Runner,
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit_ok: bool,
    code: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

/// A failed run: which script, which mode, and why.
struct Failure {
    script: String,
    /// Position of the mode in the matrix (the reference run comes last), for a stable report order.
    order: usize,
    mode: String,
    reason: String,
}

fn lua_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("lua")
}

fn discover_scripts(dir: &Path, filter: Option<&str>) -> Vec<PathBuf> {
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/lua exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .filter(|p| filter.is_none_or(|f| p.file_name().unwrap().to_string_lossy().contains(f)))
        .collect();
    scripts.sort();
    scripts
}

/// Whether `reference` is installed (answers `-v`).
fn is_installed(reference: Reference) -> bool {
    let found = Command::new(reference.program()).arg("-v").stdout(Stdio::null()).stderr(Stdio::null()).status();
    found.is_ok_and(|s| s.success())
}

/// The reference interpreter a script's first line asks for by its start (None for `-- kiln-only`).
fn reference_of(script: &Path) -> Option<Reference> {
    let text = std::fs::read(script).unwrap_or_default();
    if text.starts_with(KILN_ONLY_MARK.as_bytes()) {
        None
    } else if text.starts_with(LUAJIT_MARK.as_bytes()) {
        Some(Reference::LuaJit)
    } else {
        Some(Reference::Lua54)
    }
}

fn mentions(script: &Path, word: &str) -> bool {
    let text = std::fs::read(script).unwrap_or_default();
    text.windows(word.len()).any(|w| w == word.as_bytes())
}

/// The C modules a script names on `-- requires C module:` lines.
fn required_c_modules(script: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(script).unwrap_or_default();
    text.lines().filter_map(|l| l.strip_prefix(C_MODULE_MARK)).map(|m| m.trim().to_string()).collect()
}

/// Whether kiln's `package.cpath` finds a library for C module `name`.
fn c_module_installed(kiln: &Path, name: &str) -> bool {
    let probe = format!("io.write(package.searchpath({name:?}, package.cpath) and 'found' or 'absent')");
    let out = Command::new(kiln).args(["-e", &probe]).output();
    out.is_ok_and(|o| o.stdout == b"found")
}

/// Drops the scripts `needs` picks, with a note naming them and `why`.
fn skip_scripts(scripts: Vec<PathBuf>, why: &str, needs: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let (skipped, kept): (Vec<PathBuf>, Vec<PathBuf>) = scripts.into_iter().partition(|s| needs(s));
    if !skipped.is_empty() {
        let names: Vec<String> = skipped.iter().map(|s| s.file_name().unwrap().to_string_lossy().into()).collect();
        say(&format!("note: {why}; SKIPPED {}", names.join(", ")));
    }
    kept
}

/// Runs `program script` in tests/lua with `env`, capturing output, killing it after `RUN_TIMEOUT`.
fn run_script(program: &Path, script: &Path, env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(program);
    // Messages start with the name a program was started by: "kiln: ...", whatever the binary's path.
    if program.file_name().is_some_and(|n| n == "kiln") {
        cmd.arg0("kiln");
    }
    cmd.arg(script.file_name().unwrap()).current_dir(script.parent().unwrap());
    for var in CLEARED_ENV {
        cmd.env_remove(var);
    }
    cmd.env(FFI_FIXTURE_VAR, FFI_FIXTURE);
    cmd.env(CAPI_FIXTURE_VAR, CAPI_FIXTURE);
    cmd.envs(env.iter().copied()).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("cannot start {}: {e}", program.display()).into_bytes(),
                exit_ok: false,
                code: None,
                timed_out: false,
                elapsed: Duration::ZERO,
            }
        }
    };
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        if start.elapsed() > RUN_TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for killed child");
        }
        thread::sleep(Duration::from_millis(5));
    };
    Outcome {
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
        exit_ok: status.success(),
        code: status.code(),
        timed_out,
        elapsed: start.elapsed(),
    }
}

/// Reads a pipe to the end on its own thread (so a full stderr pipe cannot block a child writing stdout).
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Describes the first difference between an expected and an actual output, or None if equal.
fn first_difference(what: &str, expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let mut exp_lines = exp.split_inclusive('\n');
    let mut act_lines = act.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (exp_lines.next(), act_lines.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (e, a) => {
                let show = |s: Option<&str>| s.map_or("<end of output>".to_string(), |s| format!("{s:?}"));
                return Some(format!(
                    "{what} differs at line {line}:\n      expected: {}\n      actual:   {}",
                    show(e),
                    show(a)
                ));
            }
        }
    }
}

/// Expected results of one script, read once.
struct Expectation {
    stdout: Option<Vec<u8>>,
    stderr: Option<Vec<u8>>,
}

fn expectation(script: &Path) -> Expectation {
    Expectation {
        stdout: std::fs::read(script.with_extension("out")).ok(),
        stderr: std::fs::read(script.with_extension("err")).ok(),
    }
}

/// Checks one kiln run against the expectation; returns the reasons it failed.
fn check_kiln(exp: &Expectation, out: &Outcome) -> Vec<String> {
    let mut reasons = Vec::new();
    if out.timed_out {
        reasons.push(format!("timed out after {} s (killed)", RUN_TIMEOUT.as_secs()));
        return reasons;
    }
    match &exp.stdout {
        Some(expected) => reasons.extend(first_difference("stdout", expected, &out.stdout)),
        None => reasons.push("no .out file (generate it with lua5.4, or write it for a kiln-only script)".into()),
    }
    match &exp.stderr {
        Some(expected) => {
            reasons.extend(first_difference("stderr", expected, &out.stderr));
            if out.exit_ok {
                reasons.push("exit code 0, but a .err file expects failure".into());
            }
        }
        None if !out.exit_ok => {
            reasons.push(format!("exit code {:?} (expected 0); stderr:\n      {}", out.code, excerpt(&out.stderr)))
        }
        None => {}
    }
    reasons
}

/// Checks the reference interpreter's run: its stdout is the ground truth .out files are made from.
fn check_reference(name: &str, exp: &Expectation, out: &Outcome) -> Vec<String> {
    let mut reasons = Vec::new();
    if out.timed_out {
        reasons.push(format!("{name} timed out"));
        return reasons;
    }
    if let Some(expected) = &exp.stdout {
        reasons.extend(first_difference(&format!("stdout (.out is not {name}'s output)"), expected, &out.stdout));
    }
    match (exp.stderr.is_some(), out.exit_ok) {
        (true, true) => reasons.push(format!("{name} exits 0, but a .err file expects failure")),
        (false, false) => reasons.push(format!("{name} fails: {}", excerpt(&out.stderr))),
        _ => {}
    }
    reasons
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().take(6).collect();
    lines.join("\n      ")
}

fn mode_name(runner: Runner) -> String {
    match runner {
        Runner::Kiln(i) => MODES[i].0.to_string(),
        Runner::Reference(r) => r.program().to_string(),
    }
}

fn mode_order(runner: Runner) -> usize {
    match runner {
        Runner::Kiln(i) => i,
        Runner::Reference(r) => MODES.len() + r.index(),
    }
}

/// One job per script and kiln mode, plus one under the script's reference interpreter if `installed` says so.
fn build_jobs(scripts: &[PathBuf], installed: &[bool]) -> VecDeque<Job> {
    let mut jobs = VecDeque::new();
    for script in scripts {
        for i in 0..MODES.len() {
            jobs.push_back(Job { script: script.clone(), runner: Runner::Kiln(i) });
        }
        if let Some(r) = reference_of(script).filter(|r| installed[r.index()]) {
            jobs.push_back(Job { script: script.clone(), runner: Runner::Reference(r) });
        }
    }
    jobs
}

fn run_job(kiln: &Path, job: &Job) -> (Outcome, Vec<String>) {
    let exp = expectation(&job.script);
    match job.runner {
        Runner::Kiln(i) => {
            let out = run_script(kiln, &job.script, MODES[i].1);
            let reasons = check_kiln(&exp, &out);
            (out, reasons)
        }
        Runner::Reference(r) => {
            let out = run_script(Path::new(r.program()), &job.script, &[]);
            let reasons = check_reference(r.program(), &exp, &out);
            (out, reasons)
        }
    }
}

fn worker_count() -> usize {
    thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8)
}

/// Writes straight to the process's stdout (not through the test harness's capture), so progress and the summary
/// line show up in `cargo test` output whether the test passes or fails.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.write_all(b"\n");
    let _ = out.flush();
}

#[test]
fn lua_scripts_in_every_mode() {
    let kiln = PathBuf::from(env!("CARGO_BIN_EXE_kiln"));
    let filter = std::env::var("KILN_TEST_FILTER").ok().filter(|f| !f.is_empty());
    let mut scripts = discover_scripts(&lua_dir(), filter.as_deref());
    assert!(!scripts.is_empty(), "no test scripts found in tests/lua (filter {filter:?})");
    if FFI_FIXTURE.is_empty() {
        scripts = skip_scripts(scripts, "FFI fixture not built (no C compiler?)", |s| mentions(s, FFI_FIXTURE_VAR));
    }
    if CAPI_FIXTURE.is_empty() {
        let why = "C API test module not built (no C compiler or no lua5.4 headers: liblua5.4-dev)";
        scripts = skip_scripts(scripts, why, |s| mentions(s, CAPI_FIXTURE_VAR));
    }
    let mut missing_modules: Vec<String> = Vec::new();
    for script in &scripts {
        for m in required_c_modules(script) {
            if !missing_modules.contains(&m) && !c_module_installed(&kiln, &m) {
                missing_modules.push(m);
            }
        }
    }
    if !missing_modules.is_empty() {
        let why = format!("C modules not installed: {}", missing_modules.join(", "));
        scripts = skip_scripts(scripts, &why, |s| required_c_modules(s).iter().any(|m| missing_modules.contains(m)));
    }
    let installed: Vec<bool> = Reference::ALL.iter().map(|&r| is_installed(r)).collect();
    for r in Reference::ALL {
        let users = scripts.iter().filter(|s| reference_of(s) == Some(r)).count();
        if !installed[r.index()] && users > 0 {
            say(&format!(
                "note: {} not installed; {users} scripts' .out files are not checked against it",
                r.program()
            ));
        }
    }
    let jobs = Arc::new(Mutex::new(build_jobs(&scripts, &installed)));
    let total = jobs.lock().unwrap().len();
    let failures = Arc::new(Mutex::new(Vec::<Failure>::new()));
    let slowest = Arc::new(Mutex::new(Vec::<(Duration, String)>::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..worker_count())
        .map(|_| {
            let (jobs, failures, slowest) = (jobs.clone(), failures.clone(), slowest.clone());
            let kiln = kiln.clone();
            thread::spawn(move || loop {
                let Some(job) = jobs.lock().unwrap().pop_front() else { break };
                let (out, reasons) = run_job(&kiln, &job);
                let script = job.script.file_name().unwrap().to_string_lossy().into_owned();
                let mode = mode_name(job.runner);
                slowest.lock().unwrap().push((out.elapsed, format!("{script} [{mode}]")));
                if !reasons.is_empty() {
                    say(&format!("FAIL {script} [{mode}]"));
                    let order = mode_order(job.runner);
                    failures.lock().unwrap().push(Failure { script, order, mode, reason: reasons.join("\n    ") });
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("matrix worker panicked");
    }
    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    failures.sort_by(|a, b| (&a.script, a.order).cmp(&(&b.script, b.order)));
    report(&failures, &mut slowest.lock().unwrap(), started.elapsed());
    let failed = failures.len();
    say(&format!("{} passed, {} failed", total - failed, failed));
    assert!(failed == 0, "{failed} of {total} script runs failed (see above)");
}

fn report(failures: &[Failure], slowest: &mut [(Duration, String)], elapsed: Duration) {
    for f in failures {
        say(&format!("--- {} [{}]\n    {}", f.script, f.mode, f.reason));
    }
    slowest.sort_by_key(|b| std::cmp::Reverse(b.0));
    let top: Vec<String> = slowest.iter().take(5).map(|(d, n)| format!("{n} {:.2}s", d.as_secs_f64())).collect();
    say(&format!("matrix: {:.1}s wall; slowest runs: {}", elapsed.as_secs_f64(), top.join(", ")));
}
