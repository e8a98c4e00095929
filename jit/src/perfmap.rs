//! The perf map (`KILN_PERF_MAP=1`): one `START SIZE name` line per published function in `/tmp/perf-<pid>.map`, so `perf report` names compiled Lua code.
//!
//! The format is perf's: START and SIZE in hex without a prefix, then the name up to the end of the line.
//! Each line is written with one `write` on a file opened for appending, so lines from several writers
//! (the compile thread, the VM thread in blocking mode) never interleave.

use parking_lot::Mutex;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub struct PerfMap {
    file: Mutex<File>,
    path: PathBuf,
}

impl PerfMap {
    /// The map perf reads for this process: `/tmp/perf-<pid>.map`, appended to.
    pub fn for_this_process() -> io::Result<PerfMap> {
        PerfMap::open(&default_path())
    }

    /// A map at `path` (created, or appended to).
    pub fn open(path: &Path) -> io::Result<PerfMap> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(PerfMap { file: Mutex::new(file), path: path.to_path_buf() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records a function of `size` bytes at `start`.
    pub fn record(&self, start: *const u8, size: usize, name: &str) -> io::Result<()> {
        self.file.lock().write_all(line(start as usize, size, name).as_bytes())
    }
}

/// `/tmp/perf-<pid>.map`, where perf looks for the map of process `pid`.
pub fn default_path() -> PathBuf {
    PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()))
}

/// One map line. A line break in the name (a chunk name can hold anything) would start a bogus entry,
/// so control characters become spaces.
pub fn line(start: usize, size: usize, name: &str) -> String {
    let name: String = name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!("{start:x} {size:x} {name}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_hex_start_size_and_a_one_line_name() {
        assert_eq!(line(0x7f00_1000, 0x1a0, "lua:fib.lua:3 fib"), "7f001000 1a0 lua:fib.lua:3 fib\n");
        assert_eq!(line(16, 1, "lua:a\nb:1 f"), "10 1 lua:a b:1 f\n");
    }

    #[test]
    fn records_append_to_the_file() {
        let path = std::env::temp_dir().join(format!("kiln-perfmap-test-{}.map", std::process::id()));
        let _ = std::fs::remove_file(&path);
        {
            let map = PerfMap::open(&path).unwrap();
            map.record(0x1000 as *const u8, 0x40, "lua:t.lua:1 main").unwrap();
        }
        let map = PerfMap::open(&path).unwrap();
        map.record(0x2000 as *const u8, 0x80, "lua:t.lua:5 f").unwrap();
        let text = std::fs::read_to_string(map.path()).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(text, "1000 40 lua:t.lua:1 main\n2000 80 lua:t.lua:5 f\n");
    }

    #[test]
    fn the_default_path_is_the_one_perf_reads() {
        assert_eq!(default_path(), PathBuf::from(format!("/tmp/perf-{}.map", std::process::id())));
    }
}
