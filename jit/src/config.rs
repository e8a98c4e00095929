//! The JIT's switches (`KILN_JIT*`, `KILN_PERF_MAP`), read from the environment; a bad value is an error message, never a panic.

use crate::code::{DEFAULT_CODE_BYTES, MAX_CODE_BYTES};
use std::path::PathBuf;

/// Calls plus loop iterations before a function is compiled, until the compiler measures a better default.
pub const DEFAULT_THRESHOLD: u32 = 1000;

/// JIT configuration, usually read from the environment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JitConfig {
    /// `KILN_JIT=0` turns the JIT off (interpreter only).
    pub enabled: bool,
    /// `KILN_JIT_THRESHOLD=N`: hotness before compiling (0: compile at first call).
    pub threshold: u32,
    /// `KILN_JIT_BLOCKING=1`: compile on the VM thread, deterministically.
    pub blocking: bool,
    /// `KILN_JIT_LIMIT=N`: compile only the first N functions (for bisecting).
    pub limit: Option<u64>,
    /// `KILN_JIT_DISABLE_OPS=A,B`: never compile functions using these instructions. Names are checked
    /// against the opcode table by the caller, which knows it.
    pub disabled_ops: Vec<String>,
    /// `KILN_PERF_MAP=1`: write `/tmp/perf-<pid>.map`.
    pub perf_map: bool,
    /// `KILN_JIT_DUMP=file`: write the disassembly of each compiled function to `file`.
    pub dump: Option<PathBuf>,
    /// `KILN_JIT_LOG=file`: append a line per compiled function to `file` (`tools/jit-bisect` reads it).
    pub log: Option<PathBuf>,
    /// `KILN_JIT_CODE_MB=N`: size of the code region in MiB.
    pub code_bytes: usize,
}

impl Default for JitConfig {
    fn default() -> JitConfig {
        JitConfig {
            enabled: true,
            threshold: DEFAULT_THRESHOLD,
            blocking: false,
            limit: None,
            disabled_ops: Vec::new(),
            perf_map: false,
            dump: None,
            log: None,
            code_bytes: DEFAULT_CODE_BYTES,
        }
    }
}

impl JitConfig {
    /// The configuration the `KILN_JIT*` and `KILN_PERF_MAP` variables ask for, or a message naming the bad one.
    pub fn from_env() -> Result<JitConfig, String> {
        JitConfig::from_vars(|name| std::env::var(name).ok())
    }

    /// As `from_env`, reading variables through `get` (tests pass a table instead of the process environment).
    /// Unset, empty and blank variables mean the default.
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<JitConfig, String> {
        let var = |n: &str| get(n).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let mut c = JitConfig::default();
        if let Some(v) = var("KILN_JIT") {
            c.enabled = flag("KILN_JIT", &v)?;
        }
        if let Some(v) = var("KILN_JIT_THRESHOLD") {
            c.threshold =
                v.parse().map_err(|_| format!("KILN_JIT_THRESHOLD={v}: expected a count from 0 to {}", u32::MAX))?;
        }
        if let Some(v) = var("KILN_JIT_BLOCKING") {
            c.blocking = flag("KILN_JIT_BLOCKING", &v)?;
        }
        if let Some(v) = var("KILN_JIT_LIMIT") {
            c.limit = Some(v.parse().map_err(|_| format!("KILN_JIT_LIMIT={v}: expected a number of functions"))?);
        }
        if let Some(v) = var("KILN_JIT_DISABLE_OPS") {
            c.disabled_ops = op_names(&v)?;
        }
        if let Some(v) = var("KILN_PERF_MAP") {
            c.perf_map = flag("KILN_PERF_MAP", &v)?;
        }
        c.dump = var("KILN_JIT_DUMP").map(PathBuf::from);
        c.log = var("KILN_JIT_LOG").map(PathBuf::from);
        if let Some(v) = var("KILN_JIT_CODE_MB") {
            let max_mb = MAX_CODE_BYTES >> 20;
            c.code_bytes = match v.parse::<usize>() {
                Ok(mb) if (1..=max_mb).contains(&mb) => mb << 20,
                _ => return Err(format!("KILN_JIT_CODE_MB={v}: expected a size in MiB from 1 to {max_mb}")),
            };
        }
        Ok(c)
    }
}

fn flag(name: &str, value: &str) -> Result<bool, String> {
    match value {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("{name}={value}: expected 0 or 1")),
    }
}

/// `A,B`: instruction names (letters, digits, `_`), blanks around commas ignored, none empty.
fn op_names(value: &str) -> Result<Vec<String>, String> {
    value
        .split(',')
        .map(str::trim)
        .map(|name| {
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                Ok(name.to_string())
            } else {
                Err(format!(
                    "KILN_JIT_DISABLE_OPS={value}: expected instruction names separated by commas, got '{name}'"
                ))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(vars: &[(&str, &str)]) -> Result<JitConfig, String> {
        JitConfig::from_vars(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn nothing_set_is_the_default() {
        assert_eq!(parse(&[]), Ok(JitConfig::default()));
        assert_eq!(parse(&[("KILN_JIT", " "), ("KILN_JIT_DUMP", "")]), Ok(JitConfig::default()));
    }

    #[test]
    fn every_switch_is_read() {
        let c = parse(&[
            ("KILN_JIT", "0"),
            ("KILN_JIT_THRESHOLD", "0"),
            ("KILN_JIT_BLOCKING", "1"),
            ("KILN_JIT_LIMIT", "17"),
            ("KILN_JIT_DISABLE_OPS", "Add, GetField,TailCall"),
            ("KILN_PERF_MAP", "1"),
            ("KILN_JIT_DUMP", "/tmp/jit.txt"),
            ("KILN_JIT_CODE_MB", "8"),
        ])
        .unwrap();
        let expected = JitConfig {
            enabled: false,
            threshold: 0,
            blocking: true,
            limit: Some(17),
            disabled_ops: vec!["Add".into(), "GetField".into(), "TailCall".into()],
            perf_map: true,
            dump: Some(PathBuf::from("/tmp/jit.txt")),
            log: None,
            code_bytes: 8 << 20,
        };
        assert_eq!(c, expected);
    }

    #[test]
    fn bad_values_name_the_variable() {
        let cases = [
            ("KILN_JIT", "yes", "KILN_JIT=yes: expected 0 or 1"),
            ("KILN_JIT_BLOCKING", "2", "KILN_JIT_BLOCKING=2: expected 0 or 1"),
            ("KILN_PERF_MAP", "true", "KILN_PERF_MAP=true: expected 0 or 1"),
            ("KILN_JIT_THRESHOLD", "-1", "KILN_JIT_THRESHOLD=-1: expected a count from 0 to 4294967295"),
            ("KILN_JIT_THRESHOLD", "99999999999", "KILN_JIT_THRESHOLD=99999999999: expected a count"),
            ("KILN_JIT_LIMIT", "ten", "KILN_JIT_LIMIT=ten: expected a number of functions"),
            (
                "KILN_JIT_DISABLE_OPS",
                "Add,,Sub",
                "KILN_JIT_DISABLE_OPS=Add,,Sub: expected instruction names separated by commas, got ''",
            ),
            ("KILN_JIT_DISABLE_OPS", "Add;Sub", "got 'Add;Sub'"),
            ("KILN_JIT_CODE_MB", "0", "KILN_JIT_CODE_MB=0: expected a size in MiB from 1 to 1024"),
            ("KILN_JIT_CODE_MB", "4096", "KILN_JIT_CODE_MB=4096: expected a size in MiB"),
        ];
        for (name, value, message) in cases {
            let err = parse(&[(name, value)]).unwrap_err();
            assert!(err.contains(message), "{name}={value}: got {err:?}");
        }
    }
}
