//! The test matrix: every tests/lua/NAME.lua runs under each VM mode (and under lua5.4 when installed) and must match NAME.out / NAME.err.
//!
//! Rules, per script:
//! - stdout must equal NAME.out in every mode;
//! - if NAME.err exists, stderr must equal it and the exit code must be nonzero; otherwise the exit code must be 0;
//! - where `lua5.4` is installed and the script's first line is not `-- kiln-only`, lua5.4's stdout must equal
//!   NAME.out too (so .out files are Lua's own output) and its exit status must agree with the presence of NAME.err.
//!
//! `KILN_TEST_FILTER=substring` runs only the scripts whose file name contains it. Scripts run in parallel, each
//! run under a timeout; every failure is reported at the end, then one line `N passed, M failed`.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The VM modes every script runs in: a name and the environment it sets. One table, so a new mode
/// (e.g. the JIT-eager `KILN_JIT_THRESHOLD=0 KILN_JIT_BLOCKING=1`) is a one-line change.
const MODES: &[(&str, &[(&str, &str)])] = &[
    ("default", &[]),
    ("interp", &[("KILN_JIT", "0")]),
    ("nursery4k", &[("KILN_NURSERY", "4096")]),
    ("gcstress", &[("KILN_GC_STRESS", "1")]),
];

/// Environment variables cleared before each run so the caller's shell cannot change a mode's meaning.
const CLEARED_ENV: &[&str] = &[
    "KILN_JIT",
    "KILN_JIT_THRESHOLD",
    "KILN_JIT_BLOCKING",
    "KILN_JIT_LIMIT",
    "KILN_JIT_DISABLE_OPS",
    "KILN_NURSERY",
    "KILN_GC_STRESS",
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

/// First line that marks a script whose expected output is kiln's own (lua5.4 is not consulted).
const KILN_ONLY_MARK: &str = "-- kiln-only";

/// Which interpreter a job runs.
#[derive(Clone, Copy, PartialEq)]
enum Runner {
    Kiln(usize),
    Reference,
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

fn reference_lua() -> Option<PathBuf> {
    let found = Command::new("lua5.4").arg("-v").stdout(Stdio::null()).stderr(Stdio::null()).status();
    found.ok().filter(|s| s.success()).map(|_| PathBuf::from("lua5.4"))
}

fn is_kiln_only(script: &Path) -> bool {
    let text = std::fs::read(script).unwrap_or_default();
    text.starts_with(KILN_ONLY_MARK.as_bytes())
}

/// Runs `program script` in tests/lua with `env`, capturing output, killing it after `RUN_TIMEOUT`.
fn run_script(program: &Path, script: &Path, env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(program);
    cmd.arg(script.file_name().unwrap()).current_dir(script.parent().unwrap());
    for var in CLEARED_ENV {
        cmd.env_remove(var);
    }
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

/// Checks lua5.4's run: its stdout is the ground truth .out files are made from.
fn check_reference(exp: &Expectation, out: &Outcome) -> Vec<String> {
    let mut reasons = Vec::new();
    if out.timed_out {
        reasons.push("lua5.4 timed out".into());
        return reasons;
    }
    if let Some(expected) = &exp.stdout {
        reasons.extend(first_difference("stdout (.out is not lua5.4's output)", expected, &out.stdout));
    }
    match (exp.stderr.is_some(), out.exit_ok) {
        (true, true) => reasons.push("lua5.4 exits 0, but a .err file expects failure".into()),
        (false, false) => reasons.push(format!("lua5.4 fails: {}", excerpt(&out.stderr))),
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
        Runner::Reference => "lua5.4".to_string(),
    }
}

fn mode_order(runner: Runner) -> usize {
    match runner {
        Runner::Kiln(i) => i,
        Runner::Reference => MODES.len(),
    }
}

fn build_jobs(scripts: &[PathBuf], with_reference: bool) -> VecDeque<Job> {
    let mut jobs = VecDeque::new();
    for script in scripts {
        for i in 0..MODES.len() {
            jobs.push_back(Job { script: script.clone(), runner: Runner::Kiln(i) });
        }
        if with_reference && !is_kiln_only(script) {
            jobs.push_back(Job { script: script.clone(), runner: Runner::Reference });
        }
    }
    jobs
}

fn run_job(kiln: &Path, reference: Option<&Path>, job: &Job) -> (Outcome, Vec<String>) {
    let exp = expectation(&job.script);
    match job.runner {
        Runner::Kiln(i) => {
            let out = run_script(kiln, &job.script, MODES[i].1);
            let reasons = check_kiln(&exp, &out);
            (out, reasons)
        }
        Runner::Reference => {
            let out = run_script(reference.unwrap(), &job.script, &[]);
            let reasons = check_reference(&exp, &out);
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
    let scripts = discover_scripts(&lua_dir(), filter.as_deref());
    assert!(!scripts.is_empty(), "no test scripts found in tests/lua (filter {filter:?})");
    let reference = reference_lua();
    if reference.is_none() {
        say("note: lua5.4 not installed; .out files are not checked against it");
    }
    let jobs = Arc::new(Mutex::new(build_jobs(&scripts, reference.is_some())));
    let total = jobs.lock().unwrap().len();
    let failures = Arc::new(Mutex::new(Vec::<Failure>::new()));
    let slowest = Arc::new(Mutex::new(Vec::<(Duration, String)>::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..worker_count())
        .map(|_| {
            let (jobs, failures, slowest) = (jobs.clone(), failures.clone(), slowest.clone());
            let (kiln, reference) = (kiln.clone(), reference.clone());
            thread::spawn(move || loop {
                let Some(job) = jobs.lock().unwrap().pop_front() else { break };
                let (out, reasons) = run_job(&kiln, reference.as_deref(), &job);
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
    slowest.sort_by(|a, b| b.0.cmp(&a.0));
    let top: Vec<String> = slowest.iter().take(5).map(|(d, n)| format!("{n} {:.2}s", d.as_secs_f64())).collect();
    say(&format!("matrix: {:.1}s wall; slowest runs: {}", elapsed.as_secs_f64(), top.join(", ")));
}
