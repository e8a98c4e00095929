//! Mutation fuzzing of binary chunks: the verifier's promise is that no loaded
//! chunk can crash the VM. `tests/chunk_fuzz/driver.lua` dumps varied functions
//! and loads and runs thousands of seeded one/two-byte mutations and
//! truncations of them; this test runs it in child processes, skips a mutation
//! that hangs (a mutated jump can make an endless loop) and fails on any crash,
//! panic or error escaping the driver.
//!
//! `KILN_CHUNK_FUZZ=N` runs N mutations (default 6000), `KILN_CHUNK_FUZZ_SEED=S`
//! another seed (default 1), `KILN_CHUNK_FUZZ_BIN=path` another kiln. A failure names the seed and index; rerun one with
//! `kiln tests/chunk_fuzz/driver.lua SEED INDEX INDEX`.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::Duration;

/// A mutation that prints nothing for this long is taken as an endless loop.
const HANG: Duration = Duration::from_millis(200);

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// How one child process ended.
enum Outcome {
    /// It printed "end" and exited successfully.
    Finished,
    /// It printed nothing for `HANG` while running mutation `index`.
    Hung { index: Option<u64> },
    /// It exited otherwise while running mutation `index`.
    Failed { index: Option<u64>, status: ExitStatus, stderr: String },
}

fn spawn_driver(seed: u64, first: u64, last: u64) -> (Child, Receiver<String>) {
    let driver = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/chunk_fuzz/driver.lua");
    let kiln = std::env::var("KILN_CHUNK_FUZZ_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_kiln").to_string());
    let mut child = Command::new(kiln)
        .args([driver, &seed.to_string(), &first.to_string(), &last.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kiln starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Run mutations `first..=last` in one child until it finishes, hangs or fails.
fn run_batch(seed: u64, first: u64, last: u64) -> Outcome {
    let (mut child, lines) = spawn_driver(seed, first, last);
    let (mut index, mut finished) = (None, false);
    loop {
        match lines.recv_timeout(HANG) {
            Ok(line) if line == "end" => finished = true,
            Ok(line) => index = line.parse().ok(),
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::Hung { index };
            }
        }
    }
    let status = child.wait().expect("kiln exits");
    if finished && status.success() {
        return Outcome::Finished;
    }
    let mut stderr = String::new();
    let _ = child.stderr.take().expect("piped stderr").read_to_string(&mut stderr);
    Outcome::Failed { index, status, stderr }
}

#[test]
fn mutated_chunks_never_crash_the_vm() {
    let total = env_number("KILN_CHUNK_FUZZ", 6000);
    let seed = env_number("KILN_CHUNK_FUZZ_SEED", 1);
    let (mut next, mut hangs, mut stalls) = (0, Vec::new(), 0);
    let mut failures = Vec::new();
    while next < total {
        match run_batch(seed, next, total - 1) {
            Outcome::Finished => break,
            Outcome::Hung { index: Some(i) } => {
                hangs.push(i);
                next = i + 1;
            }
            // No line yet: a slow start on a busy machine; try again a few times.
            Outcome::Hung { index: None } => {
                stalls += 1;
                assert!(stalls < 5, "the driver printed nothing for {HANG:?}, five times");
            }
            Outcome::Failed { index, status, stderr } => {
                let i = index.unwrap_or(next);
                failures.push(format!("seed {seed} mutation {i}: {status}\n{stderr}"));
                next = i + 1;
            }
        }
    }
    eprintln!(
        "chunk fuzz: seed {seed}, {total} mutations, {} skipped as endless loops {hangs:?}, {} crashed",
        hangs.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "mutated chunks crashed kiln:\n{}", failures.join("\n"));
}
