//! The io library: files as full userdata ("FILE*") with their own read and
//! write buffers, the default input/output files, popen and tmpfile, and the
//! buffered standard output that `print` shares with `io.write`.
//!
//! Invariant: a file userdata's data is an `Rc<RefCell<LuaFile>>`; the same
//! `LuaFile` for standard output is also reachable from `IoState`, so `print`
//! and `io.write` go through one buffer and interleave in program order.

use super::auxlib::{self, address_of};
use crate::object::{LuaStr, NativeFn};
use crate::state::{LuaResult, Vm};
use crate::value::Value;
use kiln_gc::Gc;
use std::cell::RefCell;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;

/// C's BUFSIZ: the size of a fully buffered stream's buffer.
const BUF_SIZE: usize = 8192;
/// Longest numeral `read("n")` accepts (liolib's L_MAXLENNUM).
const MAX_NUMERAL: usize = 200;
/// Most formats `lines` accepts (liolib's MAXARGLINE).
const MAX_LINE_ARGS: usize = 250;

const METATABLE_KEY: &str = "FILE*";
const INPUT_KEY: &str = "_IO_input";
const OUTPUT_KEY: &str = "_IO_output";

// ------------------------------------------------------------------ streams

/// Where a file's bytes go to or come from.
enum Stream {
    Stdin(std::io::Stdin),
    Stdout(std::io::Stdout),
    Stderr,
    File(std::fs::File),
    /// `popen(cmd, "r")`: we read the child's standard output.
    PipeFrom(Child),
    /// `popen(cmd, "w")`: we write the child's standard input.
    PipeTo(Child),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BufMode {
    No,
    Line,
    Full,
}

/// An open (or closed) Lua file: a stream plus stdio-like buffers.
pub struct LuaFile {
    /// `None` once closed.
    stream: Option<Stream>,
    /// The standard files cannot be closed (`io_noclose`).
    standard: bool,
    /// Opened for writing: a write to a file opened "r" (or to stdin, or to a
    /// pipe we read) fails at once, as C's `fwrite` does, not when flushed.
    writable: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    mode: BufMode,
    bufsize: usize,
    /// Buffer bytes reported to the heap as memory outside it, and the major
    /// collection count when they were (see `account_buffers`).
    counted: usize,
    counted_epoch: u64,
}

type FileRef = Rc<RefCell<LuaFile>>;

/// The file descriptor of an open Lua file (a userdata this library made), for other crates that hand files to
/// C (the C API's `luaL_Stream`); `None` for other values and closed files.
pub fn file_descriptor(v: Value) -> Option<i32> {
    use std::os::fd::AsRawFd;
    let Value::UserData(u) = v else { return None };
    let data = u.data.try_borrow().ok()?;
    let file = data.as_ref().downcast_ref::<FileRef>()?.try_borrow().ok()?;
    Some(match file.stream.as_ref()? {
        Stream::Stdin(_) => 0,
        Stream::Stdout(_) => 1,
        Stream::Stderr => 2,
        Stream::File(f) => f.as_raw_fd(),
        Stream::PipeFrom(child) => child.stdout.as_ref()?.as_raw_fd(),
        Stream::PipeTo(child) => child.stdin.as_ref()?.as_raw_fd(),
    })
}

impl LuaFile {
    fn new(stream: Stream, standard: bool) -> LuaFile {
        let mode = match &stream {
            Stream::Stderr => BufMode::No,
            Stream::Stdout(s) if s.is_terminal() => BufMode::Line,
            _ => BufMode::Full,
        };
        let writable = !matches!(stream, Stream::Stdin(_) | Stream::PipeFrom(_));
        LuaFile {
            stream: Some(stream),
            standard,
            writable,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            mode,
            bufsize: BUF_SIZE,
            counted: 0,
            counted_epoch: 0,
        }
    }

    /// Bytes the buffers hold outside the GC heap.
    fn buffer_bytes(&self) -> usize {
        self.rbuf.capacity() + self.wbuf.capacity()
    }

    fn is_closed(&self) -> bool {
        self.stream.is_none()
    }

    fn is_stdin(&self) -> bool {
        matches!(self.stream, Some(Stream::Stdin(_)))
    }

    fn raw_read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.stream.as_mut() {
            Some(Stream::Stdin(s)) => s.read(buf),
            Some(Stream::File(f)) => f.read(buf),
            Some(Stream::PipeFrom(c)) => match c.stdout.as_mut() {
                Some(out) => out.read(buf),
                None => Err(bad_fd()),
            },
            _ => Err(bad_fd()),
        }
    }

    fn raw_write(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self.stream.as_mut() {
            Some(Stream::Stdout(_)) => write_fd(libc::STDOUT_FILENO, buf),
            Some(Stream::Stderr) => write_fd(libc::STDERR_FILENO, buf),
            Some(Stream::File(f)) => f.write_all(buf),
            Some(Stream::PipeTo(c)) => match c.stdin.as_mut() {
                Some(inp) => inp.write_all(buf),
                None => Err(bad_fd()),
            },
            _ => Err(bad_fd()),
        }
    }

    /// Write out pending output.
    fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        self.raw_write(&data)
    }

    /// Drop read-ahead, moving a seekable stream back to the logical position.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            if let Some(Stream::File(f)) = self.stream.as_mut() {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        Ok(())
    }

    /// Make sure read-ahead is available; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos < self.rbuf.len() {
            return Ok(true);
        }
        self.flush()?;
        self.rbuf.resize(BUF_SIZE, 0);
        self.rpos = 0;
        let mut tmp = std::mem::take(&mut self.rbuf);
        let r = loop {
            match self.raw_read(&mut tmp) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        let n = *r.as_ref().unwrap_or(&0);
        tmp.truncate(n);
        self.rbuf = tmp;
        r.map(|n| n > 0)
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(if self.fill()? { Some(self.rbuf[self.rpos]) } else { None })
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if !self.writable {
            return Err(bad_fd());
        }
        if self.rpos < self.rbuf.len() || !self.rbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        if data.len() >= self.bufsize || self.wbuf.try_reserve(data.len()).is_err() {
            // Too big to buffer: written out after what is pending, not
            // copied (a program's string may be most of the memory there is).
            self.flush()?;
            return self.raw_write(data);
        }
        self.wbuf.extend_from_slice(data);
        let must_flush = match self.mode {
            BufMode::No => true,
            BufMode::Line => data.contains(&b'\n'),
            BufMode::Full => self.wbuf.len() >= self.bufsize,
        };
        if must_flush {
            self.flush()?;
        }
        Ok(())
    }

    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        let pos = match pos {
            SeekFrom::Current(d) => SeekFrom::Current(d - unread),
            p => p,
        };
        match self.stream.as_mut() {
            Some(Stream::File(f)) => f.seek(pos),
            _ => Err(std::io::Error::from_raw_os_error(29)), // ESPIPE
        }
    }

    /// Close the stream and free the buffers; for a pipe, the child's exit status.
    fn close(&mut self) -> std::io::Result<Option<std::process::ExitStatus>> {
        let flushed = self.flush();
        let stream = self.stream.take();
        self.rbuf = Vec::new();
        self.rpos = 0;
        self.wbuf = Vec::new();
        let status = match stream {
            Some(Stream::PipeFrom(mut c)) | Some(Stream::PipeTo(mut c)) => {
                drop(c.stdin.take());
                drop(c.stdout.take());
                Some(c.wait()?)
            }
            _ => None,
        };
        flushed?;
        Ok(status)
    }

    // -------------------------------------------------------------- read formats

    /// One line; `keep_newline` for "L". `None` at end of file with nothing read.
    fn read_line(&mut self, keep_newline: bool, room: &mut Room) -> std::io::Result<Option<Vec<u8>>> {
        let mut out = Vec::new();
        loop {
            if !self.fill()? {
                return Ok(if out.is_empty() { None } else { Some(out) });
            }
            let avail = &self.rbuf[self.rpos..];
            let (take, used, ended) = match avail.iter().position(|&c| c == b'\n') {
                Some(i) => (if keep_newline { i + 1 } else { i }, i + 1, true),
                None => (avail.len(), avail.len(), false),
            };
            room(&mut out, take)?;
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
            self.rpos += used;
            if ended {
                return Ok(Some(out));
            }
        }
    }

    /// C's `fgets` with room for `max` bytes: through the line break (kept),
    /// at most `max` bytes. `None` at end of file with nothing read.
    fn read_line_bounded(&mut self, max: usize, room: &mut Room) -> std::io::Result<Option<Vec<u8>>> {
        let mut out = Vec::new();
        while out.len() < max && out.last() != Some(&b'\n') && self.fill()? {
            let avail = &self.rbuf[self.rpos..];
            let window = &avail[..avail.len().min(max - out.len())];
            let take = window.iter().position(|&c| c == b'\n').map_or(window.len(), |i| i + 1);
            room(&mut out, take)?;
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
            self.rpos += take;
        }
        Ok(if out.is_empty() { None } else { Some(out) })
    }

    fn read_all(&mut self, room: &mut Room) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        room(&mut out, self.rbuf.len() - self.rpos)?;
        out.extend_from_slice(&self.rbuf[self.rpos..]);
        self.rpos = self.rbuf.len();
        if let Some(Stream::File(_)) = self.stream {
            self.flush()?;
            if let Some(Stream::File(f)) = self.stream.as_mut() {
                read_file_rest(f, &mut out, room)?;
            }
            return Ok(out);
        }
        while self.fill()? {
            room(&mut out, self.rbuf.len() - self.rpos)?;
            out.extend_from_slice(&self.rbuf[self.rpos..]);
            self.rpos = self.rbuf.len();
        }
        Ok(out)
    }

    /// Up to `n` bytes; `None` if none could be read.
    fn read_chars(&mut self, n: usize, room: &mut Room) -> std::io::Result<Option<Vec<u8>>> {
        let mut out = Vec::new();
        while out.len() < n && self.fill()? {
            let take = (n - out.len()).min(self.rbuf.len() - self.rpos);
            room(&mut out, take)?;
            out.extend_from_slice(&self.rbuf[self.rpos..self.rpos + take]);
            self.rpos += take;
        }
        Ok(if out.is_empty() { None } else { Some(out) })
    }

    /// The longest prefix that looks like a numeral (liolib's `read_number`),
    /// leaving the first byte after it unread.
    fn read_numeral(&mut self) -> std::io::Result<Vec<u8>> {
        let mut rn = Numeral { buf: Vec::new(), ok: true };
        while self.peek()?.is_some_and(|c| c.is_ascii_whitespace() || c == 0x0b) {
            self.rpos += 1;
        }
        rn.test2(self, b"-+")?;
        let mut count = 0;
        let mut hex = false;
        if rn.test2(self, b"00")? {
            if rn.test2(self, b"xX")? {
                hex = true;
            } else {
                count = 1;
            }
        }
        count += rn.digits(self, hex)?;
        if rn.test2(self, b"..")? {
            count += rn.digits(self, hex)?;
        }
        if count > 0 && rn.test2(self, if hex { b"pP" } else { b"eE" })? {
            rn.test2(self, b"-+")?;
            rn.digits(self, false)?;
        }
        Ok(if rn.ok { rn.buf } else { Vec::new() })
    }
}

/// Makes room for `more` bytes in a read buffer, whose size the program
/// controls (its counts, the stream's length): see `read_with_vm`, or
/// `try_room` where no VM is at hand.
type Room<'a> = dyn FnMut(&mut Vec<u8>, usize) -> std::io::Result<()> + 'a;

/// A `Room` without the VM: a buffer that cannot grow is an I/O error
/// (`OutOfMemory`), not an abort.
fn try_room(buf: &mut Vec<u8>, more: usize) -> std::io::Result<()> {
    buf.try_reserve(more).map_err(|_| std::io::ErrorKind::OutOfMemory.into())
}

/// Run `read` with the VM making room in its buffers: a buffer that cannot
/// grow is "not enough memory" (after a collection and a retry), raised
/// instead of the read's result.
fn read_with_vm<T>(vm: &mut Vm, read: impl FnOnce(&mut Room) -> std::io::Result<T>) -> LuaResult<std::io::Result<T>> {
    let mut failed = None;
    let r = read(&mut |buf: &mut Vec<u8>, more: usize| {
        vm.reserve_buffer(buf, more, &mut []).map_err(|e| {
            failed = Some(e);
            std::io::ErrorKind::OutOfMemory.into()
        })
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

/// The rest of file `f` appended to `out`: sized by what is left of the file
/// (one byte more, to see its end), doubling for a file that grows or has no
/// length (a device), read into the room made so nothing grows behind `room`.
fn read_file_rest(f: &mut std::fs::File, out: &mut Vec<u8>, room: &mut Room) -> std::io::Result<()> {
    let left = match (f.metadata(), f.stream_position()) {
        (Ok(m), Ok(pos)) => usize::try_from(m.len().saturating_sub(pos)).unwrap_or(usize::MAX),
        _ => 0,
    };
    let mut want = left.saturating_add(1).max(BUF_SIZE);
    loop {
        room(out, want)?;
        let spare = out.capacity() - out.len();
        if Read::by_ref(f).take(spare as u64).read_to_end(out)? < spare {
            return Ok(());
        }
        want = out.len();
    }
}

/// Accumulates a numeral for `read_numeral`.
struct Numeral {
    buf: Vec<u8>,
    ok: bool,
}

impl Numeral {
    fn accept(&mut self, f: &mut LuaFile) -> bool {
        if self.buf.len() >= MAX_NUMERAL {
            self.ok = false;
            return false;
        }
        self.buf.push(f.rbuf[f.rpos]);
        f.rpos += 1;
        true
    }
    fn test2(&mut self, f: &mut LuaFile, set: &[u8; 2]) -> std::io::Result<bool> {
        match f.peek()? {
            Some(c) if c == set[0] || c == set[1] => Ok(self.accept(f)),
            _ => Ok(false),
        }
    }
    fn digits(&mut self, f: &mut LuaFile, hex: bool) -> std::io::Result<usize> {
        let mut n = 0;
        while let Some(c) = f.peek()? {
            let is_digit = if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() };
            if !is_digit || !self.accept(f) {
                break;
            }
            n += 1;
        }
        Ok(n)
    }
}

/// Write all of `buf` to standard output or error (`fd`) itself, unbuffered:
/// Rust's `Stdout` and `Stderr` report success when the descriptor is closed,
/// where C's stdio, and so PUC's io library, reports EBADF.
fn write_fd(fd: libc::c_int, mut buf: &[u8]) -> std::io::Result<()> {
    while !buf.is_empty() {
        // SAFETY: `buf` is valid for reads of `buf.len()` bytes, all write(2) reads.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        match n {
            0 => return Err(std::io::ErrorKind::WriteZero.into()),
            n if n < 0 => {
                let e = std::io::Error::last_os_error();
                if e.kind() != std::io::ErrorKind::Interrupted {
                    return Err(e);
                }
            }
            n => buf = &buf[n as usize..],
        }
    }
    Ok(())
}

fn bad_fd() -> std::io::Error {
    std::io::Error::from_raw_os_error(9) // EBADF
}

/// `strerror` text of an I/O error (Rust adds " (os error N)" to it).
pub fn error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `errno` of an I/O error (EIO if it has none).
pub fn error_code(e: &std::io::Error) -> i64 {
    e.raw_os_error().unwrap_or(5) as i64
}

// ------------------------------------------------------------------ per-VM state

/// The io library's per-VM state: the standard output all `print`s go through.
pub struct IoState {
    stdout: FileRef,
    /// Standard input, one buffer for `io.read`, the REPL and `debug.debug`
    /// (as C's `stdin` is one FILE for lua.c and the libraries).
    stdin: FileRef,
    /// Every file opened, to flush them all at exit as C's `exit` does.
    files: Vec<std::rc::Weak<RefCell<LuaFile>>>,
}

impl Default for IoState {
    fn default() -> Self {
        IoState {
            stdout: Rc::new(RefCell::new(LuaFile::new(Stream::Stdout(std::io::stdout()), true))),
            stdin: Rc::new(RefCell::new(LuaFile::new(Stream::Stdin(std::io::stdin()), true))),
            files: Vec::new(),
        }
    }
}

/// Write to standard output through its buffer (used by `print`).
pub fn write_stdout(vm: &mut Vm, data: &[u8]) -> LuaResult<()> {
    let out = super::extension::<IoState>(vm).stdout.clone();
    // `print` ignores write errors, as PUC's lua_writestring does.
    let _ = out.borrow_mut().write(data);
    Ok(())
}

/// A line of standard input read as C's `fgets` with a buffer of `max + 1`
/// bytes, through the buffer `io.read` uses, so that the REPL, `debug.debug`
/// and the script's reads share the input. `None` at end of input or on error.
pub fn read_stdin_line(vm: &mut Vm, max: usize) -> Option<Vec<u8>> {
    let input = super::extension::<IoState>(vm).stdin.clone();
    let line = input.borrow_mut().read_line_bounded(max, &mut try_room);
    line.ok().flatten()
}

/// All of standard input that is left (a script run from stdin).
pub fn read_stdin_all(vm: &mut Vm) -> std::io::Result<Vec<u8>> {
    let input = super::extension::<IoState>(vm).stdin.clone();
    let all = input.borrow_mut().read_all(&mut try_room);
    all
}

/// Write out whatever standard output holds (at exit, before os.exit).
pub fn flush_stdout(vm: &mut Vm) {
    let out = super::extension::<IoState>(vm).stdout.clone();
    let _ = out.borrow_mut().flush();
}

/// Flush standard output and every file still open (before the process exits).
pub fn flush_all(vm: &mut Vm) {
    let st = super::extension::<IoState>(vm);
    st.files.retain(|w| w.strong_count() > 0);
    let files: Vec<FileRef> = st.files.iter().filter_map(|w| w.upgrade()).collect();
    for f in files {
        let _ = f.borrow_mut().flush();
    }
    flush_stdout(vm);
}

/// Write to standard error, unbuffered (warnings).
pub fn write_stderr(data: &[u8]) {
    let _ = std::io::stderr().write_all(data);
}

// ------------------------------------------------------------------ opening the library

pub fn open_io(vm: &mut Vm) {
    super::register_qualified(
        vm,
        "io",
        &[
            ("io.close", io_close),
            ("io.flush", io_flush),
            ("io.input", io_input),
            ("io.lines", io_lines),
            ("io.open", io_open),
            ("io.output", io_output),
            ("io.popen", io_popen),
            ("io.read", io_read),
            ("io.tmpfile", io_tmpfile),
            ("io.type", io_type),
            ("io.write", io_write),
        ],
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("close", f_close),
        ("flush", f_flush),
        ("lines", f_lines),
        ("read", f_read),
        ("seek", f_seek),
        ("setvbuf", f_setvbuf),
        ("write", f_write),
    ];
    let meta: &[(&'static str, NativeFn)] = &[("__gc", f_gc), ("__close", f_gc), ("__tostring", f_tostring)];
    // Library tables are mature (never move), so holding them in locals is
    // safe; the handles keep them alive until the registry holds them.
    let mt = vm.alloc_mature(crate::table::Table::new(0, 8));
    vm.hold(Value::Table(mt));
    let index = vm.alloc_mature(crate::table::Table::new(0, 8));
    vm.hold(Value::Table(index));
    for &(name, f) in methods {
        let func = mature_native(vm, f, name);
        vm.table_set_str(index, name, func);
    }
    for &(name, f) in meta {
        let func = mature_native(vm, f, name);
        vm.table_set_str(mt, name, func);
    }
    vm.table_set_str(mt, "__index", Value::Table(index));
    let name = vm.new_str_value(METATABLE_KEY.as_bytes());
    vm.table_set_str(mt, "__name", name);
    let registry = vm.registry;
    vm.table_set_str(registry, METATABLE_KEY, Value::Table(mt));
    vm.release();
    vm.release();

    let stdout = super::extension::<IoState>(vm).stdout.clone();
    let stdin = super::extension::<IoState>(vm).stdin.clone();
    let files =
        [("stdin", stdin), ("stdout", stdout), ("stderr", Rc::new(RefCell::new(LuaFile::new(Stream::Stderr, true))))];
    let io = vm.get_global("io").as_table().expect("registered above");
    for (name, file) in files {
        let ud = new_file(vm, file);
        vm.hold(ud);
        vm.table_set_str(io, name, ud);
        let ud = vm.release();
        match name {
            "stdin" => registry_set(vm, INPUT_KEY, ud),
            "stdout" => registry_set(vm, OUTPUT_KEY, ud),
            _ => {}
        }
    }
}

fn mature_native(vm: &mut Vm, f: NativeFn, name: &'static str) -> Value {
    Value::NativeFn(vm.alloc_mature(crate::object::NativeClosure::new(f, name, Box::new([]))))
}

fn registry_get(vm: &mut Vm, key: &str) -> Value {
    let k = vm.new_str(key.as_bytes());
    vm.registry.get_str(k)
}

fn registry_set(vm: &mut Vm, key: &str, v: Value) {
    let r = vm.registry;
    vm.table_set_str(r, key, v);
}

/// A new file userdata with the FILE* metatable (registered for `__gc`).
fn new_file(vm: &mut Vm, file: FileRef) -> Value {
    let st = super::extension::<IoState>(vm);
    if st.files.len() >= 64 && st.files.len().is_power_of_two() {
        st.files.retain(|w| w.strong_count() > 0);
    }
    st.files.push(Rc::downgrade(&file));
    let ud = Value::UserData(vm.new_userdata(Box::new(file)));
    vm.hold(ud);
    let mt = registry_get(vm, METATABLE_KEY);
    let ud = vm.release();
    super::base::set_table_metatable(vm, ud, mt.as_table());
    ud
}

fn file_of(v: Value) -> Option<FileRef> {
    match v {
        Value::UserData(u) => u.data.borrow().as_ref().downcast_ref::<FileRef>().cloned(),
        _ => None,
    }
}

/// Count `file`'s buffers toward collection pressure: the heap's total of
/// memory outside it gets the change since the last report. A major
/// collection recounts that total from the objects' own reports, which for a
/// userdata do not include its payload, so a report older than the last major
/// collection is gone and is made afresh instead of corrected.
fn account_buffers(vm: &mut Vm, file: &FileRef) {
    let mut f = file.borrow_mut();
    let epoch = vm.heap.stats.major_collections;
    let reported = if f.counted_epoch == epoch { f.counted } else { 0 };
    let now = f.buffer_bytes();
    vm.heap.adjust_external(now as isize - reported as isize);
    f.counted = now;
    f.counted_epoch = epoch;
}

/// Argument `i` as a file handle, open or closed (`tolstream`).
fn check_stream(vm: &mut Vm, i: usize) -> LuaResult<FileRef> {
    match file_of(vm.arg(i)) {
        Some(f) => Ok(f),
        None => Err(vm.type_error(i, METATABLE_KEY)),
    }
}

/// Argument `i` as an open file (`tofile`).
fn check_file(vm: &mut Vm, i: usize) -> LuaResult<FileRef> {
    let f = check_stream(vm, i)?;
    if f.borrow().is_closed() {
        return Err(vm.rt_error("attempt to use a closed file"));
    }
    Ok(f)
}

/// Push `nil, "msg", errno` (or `nil, "name: msg", errno`), as `luaL_fileresult`.
fn push_file_error(vm: &mut Vm, e: &std::io::Error, name: Option<&[u8]>) -> usize {
    let mut msg = Vec::new();
    if let Some(n) = name {
        msg.extend_from_slice(n);
        msg.extend_from_slice(b": ");
    }
    msg.extend_from_slice(error_text(e).as_bytes());
    vm.push(Value::Nil);
    vm.push_str(&msg);
    vm.push(Value::Int(error_code(e)));
    3
}

/// `luaL_fileresult` for an operation that gives `true` on success.
fn file_result(vm: &mut Vm, r: std::io::Result<()>) -> usize {
    match r {
        Ok(()) => {
            vm.push(Value::Bool(true));
            1
        }
        Err(e) => push_file_error(vm, &e, None),
    }
}

/// `luaL_execresult`: `true|nil, "exit"|"signal", code`.
pub fn push_exec_result(vm: &mut Vm, status: std::process::ExitStatus) -> usize {
    use std::os::unix::process::ExitStatusExt;
    let (what, code) = match (status.code(), status.signal()) {
        (Some(c), _) => ("exit", c as i64),
        (None, Some(s)) => ("signal", s as i64),
        (None, None) => ("exit", -1),
    };
    vm.push(if what == "exit" && code == 0 { Value::Bool(true) } else { Value::Nil });
    vm.push_str(what.as_bytes());
    vm.push(Value::Int(code));
    3
}

// ------------------------------------------------------------------ opening files

/// Is `mode` one fopen accepts: [rwa] then optional '+' then only 'b's?
fn valid_mode(mode: &[u8]) -> bool {
    match mode.split_first() {
        Some((m, rest)) if b"rwa".contains(m) => {
            let rest = rest.strip_prefix(b"+").unwrap_or(rest);
            rest.iter().all(|&c| c == b'b')
        }
        _ => false,
    }
}

fn open_options(mode: &[u8]) -> std::fs::OpenOptions {
    let plus = mode.contains(&b'+');
    let mut o = std::fs::OpenOptions::new();
    match mode[0] {
        b'r' => o.read(true).write(plus),
        b'w' => o.write(true).create(true).truncate(true).read(plus),
        _ => o.append(true).create(true).read(plus),
    };
    o
}

fn open_path(name: &[u8], mode: &[u8]) -> std::io::Result<LuaFile> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::OsStr::from_bytes(name);
    let mut file = LuaFile::new(Stream::File(open_options(mode).open(path)?), false);
    file.writable = mode[0] != b'r' || mode.contains(&b'+');
    Ok(file)
}

fn io_open(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let mode = match vm.opt_str(2)? {
        Some(m) => m.as_bytes().to_vec(),
        None => b"r".to_vec(),
    };
    if !valid_mode(&mode) {
        return Err(vm.arg_error(2, "invalid mode"));
    }
    match open_path(&name, &mode) {
        Ok(f) => {
            let ud = new_file(vm, Rc::new(RefCell::new(f)));
            vm.push(ud);
            Ok(1)
        }
        Err(e) => Ok(push_file_error(vm, &e, Some(&name))),
    }
}

/// Open `name` or raise "cannot open file 'name' (msg)" (`opencheckfile`).
fn open_or_raise(vm: &mut Vm, name: &[u8], mode: &[u8]) -> LuaResult<Value> {
    match open_path(name, mode) {
        Ok(f) => Ok(new_file(vm, Rc::new(RefCell::new(f)))),
        Err(e) => {
            let msg = format!("cannot open file '{}' ({})", String::from_utf8_lossy(name), error_text(&e));
            Err(vm.rt_error(msg))
        }
    }
}

fn io_popen(vm: &mut Vm) -> LuaResult<usize> {
    let prog = vm.check_bytes(1)?;
    let mode = match vm.opt_str(2)? {
        Some(m) => m.as_bytes().to_vec(),
        None => b"r".to_vec(),
    };
    if mode != b"r" && mode != b"w" {
        return Err(vm.arg_error(2, "invalid mode"));
    }
    use std::os::unix::ffi::OsStrExt;
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c").arg(std::ffi::OsStr::from_bytes(&prog));
    let reading = mode == b"r";
    if reading {
        cmd.stdout(Stdio::piped());
    } else {
        cmd.stdin(Stdio::piped());
    }
    match cmd.spawn() {
        Ok(child) => {
            let stream = if reading { Stream::PipeFrom(child) } else { Stream::PipeTo(child) };
            let ud = new_file(vm, Rc::new(RefCell::new(LuaFile::new(stream, false))));
            vm.push(ud);
            Ok(1)
        }
        Err(e) => Ok(push_file_error(vm, &e, Some(&prog))),
    }
}

fn io_tmpfile(vm: &mut Vm) -> LuaResult<usize> {
    match anonymous_temp_file() {
        Ok(f) => {
            let ud = new_file(vm, Rc::new(RefCell::new(LuaFile::new(Stream::File(f), false))));
            vm.push(ud);
            Ok(1)
        }
        Err(e) => Ok(push_file_error(vm, &e, None)),
    }
}

/// A read/write file that disappears when closed (C's `tmpfile`).
fn anonymous_temp_file() -> std::io::Result<std::fs::File> {
    let (path, file) = super::os::create_temp_file()?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

// ------------------------------------------------------------------ default files

/// The default input or output file, which must be open (`getiofile`).
fn default_file(vm: &mut Vm, key: &str) -> LuaResult<(Value, FileRef)> {
    let v = registry_get(vm, key);
    match file_of(v) {
        Some(f) if !f.borrow().is_closed() => Ok((v, f)),
        _ => {
            let which = if key == INPUT_KEY { "input" } else { "output" };
            Err(vm.rt_error(format!("default {which} file is closed")))
        }
    }
}

/// io.input / io.output: set from a name or a file, return the current one.
fn set_default(vm: &mut Vm, key: &str, mode: &[u8]) -> LuaResult<usize> {
    match vm.arg(1) {
        Value::Nil => {}
        Value::Str(_) | Value::Int(_) | Value::Float(_) => {
            let name = vm.check_bytes(1)?;
            let f = open_or_raise(vm, &name, mode)?;
            registry_set(vm, key, f);
        }
        v => {
            check_file(vm, 1)?;
            registry_set(vm, key, v);
        }
    }
    let cur = registry_get(vm, key);
    vm.push(cur);
    Ok(1)
}

fn io_input(vm: &mut Vm) -> LuaResult<usize> {
    set_default(vm, INPUT_KEY, b"r")
}

fn io_output(vm: &mut Vm) -> LuaResult<usize> {
    set_default(vm, OUTPUT_KEY, b"w")
}

fn io_type(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match file_of(v) {
        Some(f) => {
            let s: &[u8] = if f.borrow().is_closed() { b"closed file" } else { b"file" };
            vm.push_str(s);
        }
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

// ------------------------------------------------------------------ closing

/// Close the file in argument 1 (`aux_close`): standard files stay open.
fn close_file(vm: &mut Vm, f: &FileRef) -> usize {
    if f.borrow().standard {
        vm.push(Value::Nil);
        vm.push_str(b"cannot close standard file");
        return 2;
    }
    let r = f.borrow_mut().close();
    account_buffers(vm, f);
    match r {
        Ok(None) => file_result(vm, Ok(())),
        Ok(Some(status)) => push_exec_result(vm, status),
        Err(e) => push_file_error(vm, &e, None),
    }
}

fn f_close(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    Ok(close_file(vm, &f))
}

fn io_close(vm: &mut Vm) -> LuaResult<usize> {
    if vm.nargs() == 0 {
        let out = registry_get(vm, OUTPUT_KEY);
        vm.push(out);
    }
    f_close(vm)
}

/// `__gc` and `__close`: close the file if it is still open.
fn f_gc(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_stream(vm, 1)?;
    let open = !f.borrow().is_closed();
    if open {
        close_file(vm, &f);
    }
    Ok(0)
}

fn f_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_stream(vm, 1)?;
    let text =
        if f.borrow().is_closed() { "file (closed)".to_string() } else { format!("file ({})", address_of(vm.arg(1))) };
    vm.push_str(text.as_bytes());
    Ok(1)
}

// ------------------------------------------------------------------ writing

/// Write arguments `first..` to `f`; numbers as "%d" / "%.14g".
fn write_args(vm: &mut Vm, f: &FileRef, first: usize) -> LuaResult<std::io::Result<()>> {
    let mut status = Ok(());
    for i in first..=vm.nargs() {
        let text: String;
        let s: Gc<LuaStr>;
        // A string is written from where it lives (writing allocates nothing
        // in the heap), not copied.
        let bytes = match vm.arg(i) {
            Value::Int(n) => {
                text = n.to_string();
                text.as_bytes()
            }
            Value::Float(x) => {
                text = crate::number::fmt_g(x, 14, false);
                text.as_bytes()
            }
            _ => {
                s = vm.check_str(i)?;
                s.as_bytes()
            }
        };
        if status.is_ok() {
            status = f.borrow_mut().write(bytes);
        }
    }
    account_buffers(vm, f);
    Ok(status)
}

fn io_write(vm: &mut Vm) -> LuaResult<usize> {
    let (v, f) = default_file(vm, OUTPUT_KEY)?;
    vm.hold(v);
    let r = write_args(vm, &f, 1);
    let v = vm.release();
    finish_write(vm, r?, v)
}

fn f_write(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    let r = write_args(vm, &f, 2)?;
    finish_write(vm, r, vm.arg(1))
}

/// A write returns its file, or the error triple.
fn finish_write(vm: &mut Vm, r: std::io::Result<()>, file: Value) -> LuaResult<usize> {
    match r {
        Ok(()) => {
            vm.push(file);
            Ok(1)
        }
        Err(e) => Ok(push_file_error(vm, &e, None)),
    }
}

fn io_flush(vm: &mut Vm) -> LuaResult<usize> {
    let (_, f) = default_file(vm, OUTPUT_KEY)?;
    let r = f.borrow_mut().flush();
    Ok(file_result(vm, r))
}

fn f_flush(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    let r = f.borrow_mut().flush();
    Ok(file_result(vm, r))
}

fn f_setvbuf(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    let mode = match check_option(vm, 2, None, &["no", "full", "line"])? {
        0 => BufMode::No,
        1 => BufMode::Full,
        _ => BufMode::Line,
    };
    let size = vm.opt_int(3, BUF_SIZE as i64)?;
    let r = {
        let mut file = f.borrow_mut();
        file.mode = mode;
        file.bufsize = size.clamp(1, 1 << 30) as usize;
        file.flush()
    };
    Ok(file_result(vm, r))
}

/// `luaL_checkoption`: the index of argument `i` in `options`.
pub fn check_option(vm: &mut Vm, i: usize, default: Option<&str>, options: &[&str]) -> LuaResult<usize> {
    let name = match (vm.arg(i), default) {
        (Value::Nil, Some(d)) => d.as_bytes().to_vec(),
        _ => vm.check_bytes(i)?,
    };
    match options.iter().position(|o| o.as_bytes() == name.as_slice()) {
        Some(p) => Ok(p),
        None => {
            let msg = format!("invalid option '{}'", String::from_utf8_lossy(&name));
            Err(vm.arg_error(i, &msg))
        }
    }
}

fn f_seek(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    let whence = check_option(vm, 2, Some("cur"), &["set", "cur", "end"])?;
    let offset = vm.opt_int(3, 0)?;
    let pos = match whence {
        0 => match u64::try_from(offset) {
            Ok(o) => SeekFrom::Start(o),
            Err(_) => return Ok(push_file_error(vm, &std::io::Error::from_raw_os_error(22), None)),
        },
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    let r = f.borrow_mut().seek(pos);
    match r {
        Ok(p) => {
            vm.push(Value::Int(p as i64));
            Ok(1)
        }
        Err(e) => Ok(push_file_error(vm, &e, None)),
    }
}

// ------------------------------------------------------------------ reading

/// A read format as given (copied out of the argument list).
#[derive(Clone)]
enum FormatArg {
    Count(i64),
    Text(Vec<u8>),
    /// Not a number nor a string: the type name, for the argument error.
    Bad(String),
    NotInteger,
}

fn format_arg(vm: &Vm, v: Value) -> FormatArg {
    match v {
        Value::Int(n) => FormatArg::Count(n),
        Value::Float(x) => match crate::number::float_to_int_exact(x) {
            Some(n) => FormatArg::Count(n),
            None => FormatArg::NotInteger,
        },
        Value::Str(s) => FormatArg::Text(s.as_bytes().to_vec()),
        Value::Nil => FormatArg::Bad("nil".into()),
        v => FormatArg::Bad(vm.type_name_of(v)),
    }
}

/// One value read, or `None` when the format failed (end of file, bad numeral).
enum ReadOut {
    Bytes(Vec<u8>),
    Number(Value),
}

fn read_one(f: &mut LuaFile, fmt: &[u8], room: &mut Room) -> Result<Option<ReadOut>, std::io::Error> {
    let fmt = fmt.strip_prefix(b"*").unwrap_or(fmt);
    Ok(match fmt.first() {
        Some(b'n') => {
            let text = f.read_numeral()?;
            crate::number::str_to_number(&text).map(ReadOut::Number)
        }
        Some(b'l') => f.read_line(false, room)?.map(ReadOut::Bytes),
        Some(b'L') => f.read_line(true, room)?.map(ReadOut::Bytes),
        Some(b'a') => Some(ReadOut::Bytes(f.read_all(room)?)),
        _ => unreachable!("formats are checked before reading"),
    })
}

/// `g_read`: read with `formats` (argument positions from `first_arg`) and push
/// the results; a failed format gives nil and stops. Returns the result count.
fn g_read(vm: &mut Vm, file: &FileRef, formats: &[FormatArg], first_arg: usize) -> LuaResult<usize> {
    if file.borrow().is_stdin() {
        // Show pending output before waiting for input.
        flush_stdout(vm);
    }
    let default = [FormatArg::Text(b"l".to_vec())];
    let formats = if formats.is_empty() { &default[..] } else { formats };
    vm.ensure_stack(formats.len() + crate::state::MIN_STACK)?;
    let n = read_formats(vm, file, formats, first_arg);
    account_buffers(vm, file);
    n
}

fn read_formats(vm: &mut Vm, file: &FileRef, formats: &[FormatArg], first_arg: usize) -> LuaResult<usize> {
    let mut pushed = 0;
    for (k, fmt) in formats.iter().enumerate() {
        let arg = first_arg + k;
        let r = match fmt {
            FormatArg::Count(n) => {
                let n = *n;
                let mut f = file.borrow_mut();
                if n == 0 {
                    f.peek().map(|c| c.map(|_| ReadOut::Bytes(Vec::new())))
                } else {
                    read_with_vm(vm, |room| f.read_chars(n.max(0) as usize, room))?.map(|o| o.map(ReadOut::Bytes))
                }
            }
            FormatArg::Text(t) => {
                let t2 = t.strip_prefix(b"*").unwrap_or(t);
                if !matches!(t2.first(), Some(b'n' | b'l' | b'L' | b'a')) {
                    return Err(vm.arg_error(arg, "invalid format"));
                }
                read_with_vm(vm, |room| read_one(&mut file.borrow_mut(), t, room))?
            }
            FormatArg::NotInteger => return Err(vm.arg_error(arg, "number has no integer representation")),
            FormatArg::Bad(tn) => {
                let msg = format!("string expected, got {tn}");
                return Err(vm.arg_error(arg, &msg));
            }
        };
        match r {
            Err(e) => {
                vm.top -= pushed;
                return Ok(push_file_error(vm, &e, None));
            }
            Ok(None) => {
                vm.push(Value::Nil);
                return Ok(pushed + 1);
            }
            Ok(Some(ReadOut::Number(v))) => vm.push(v),
            Ok(Some(ReadOut::Bytes(b))) => vm.try_push_str(&b)?,
        }
        pushed += 1;
    }
    Ok(pushed)
}

fn io_read(vm: &mut Vm) -> LuaResult<usize> {
    let (_, f) = default_file(vm, INPUT_KEY)?;
    let formats: Vec<FormatArg> = (1..=vm.nargs()).map(|i| format_arg(vm, vm.arg(i))).collect();
    g_read(vm, &f, &formats, 1)
}

fn f_read(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file(vm, 1)?;
    let formats: Vec<FormatArg> = (2..=vm.nargs()).map(|i| format_arg(vm, vm.arg(i))).collect();
    g_read(vm, &f, &formats, 2)
}

/// The iterator `lines` returns: upvalues are the file, whether to close it at
/// end of file, and the formats.
fn lines_iterator(vm: &mut Vm, first_format: usize, to_close: bool) -> LuaResult<Value> {
    let n = vm.nargs().saturating_sub(first_format - 1);
    if n > MAX_LINE_ARGS {
        return Err(vm.arg_error(MAX_LINE_ARGS + 2, "too many arguments"));
    }
    vm.ensure_stack(n + 2)?;
    vm.push(vm.arg(1));
    vm.push(Value::Bool(to_close));
    for i in 0..n {
        vm.push(vm.arg(first_format + i));
    }
    Ok(vm.new_native(io_readline, "?", n + 2))
}

fn io_readline(vm: &mut Vm) -> LuaResult<usize> {
    let file_v = auxlib::upvalue(vm, 0);
    let Some(f) = file_of(file_v) else { return Err(vm.rt_error("file is already closed")) };
    if f.borrow().is_closed() {
        return Err(vm.rt_error("file is already closed"));
    }
    let nup = match vm.stack[vm.frame().func] {
        Value::NativeFn(c) => c.upvals.len(),
        _ => 2,
    };
    let formats: Vec<FormatArg> = (2..nup).map(|i| format_arg(vm, auxlib::upvalue(vm, i))).collect();
    let n = g_read(vm, &f, &formats, 2)?;
    let first = vm.stack[vm.top - n];
    if first.truthy() {
        return Ok(n);
    }
    if n > 1 {
        // An I/O error: nil, message, code.
        let msg = match vm.stack[vm.top - n + 1] {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            _ => String::new(),
        };
        return Err(vm.rt_error(msg));
    }
    if auxlib::upvalue(vm, 1).truthy() {
        vm.top -= n;
        close_file(vm, &f);
    }
    Ok(0)
}

fn f_lines(vm: &mut Vm) -> LuaResult<usize> {
    check_file(vm, 1)?;
    let it = lines_iterator(vm, 2, false)?;
    vm.push(it);
    Ok(1)
}

fn io_lines(vm: &mut Vm) -> LuaResult<usize> {
    if vm.nargs() == 0 {
        vm.push(Value::Nil);
    }
    if vm.arg(1).is_nil() {
        let input = registry_get(vm, INPUT_KEY);
        vm.set_arg(1, input);
        check_file(vm, 1)?;
        let it = lines_iterator(vm, 2, false)?;
        vm.push(it);
        return Ok(1);
    }
    let name = vm.check_bytes(1)?;
    let file = open_or_raise(vm, &name, b"r")?;
    vm.set_arg(1, file);
    let it = lines_iterator(vm, 2, true)?;
    vm.push(it);
    vm.push(Value::Nil);
    vm.push(Value::Nil);
    vm.push(vm.arg(1));
    Ok(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(content: &[u8]) -> LuaFile {
        let (path, mut f) = super::super::os::create_temp_file().unwrap();
        std::fs::remove_file(path).unwrap();
        f.write_all(content).unwrap();
        f.seek(SeekFrom::Start(0)).unwrap();
        let mut o = std::fs::OpenOptions::new();
        let _ = &mut o;
        LuaFile::new(Stream::File(f), false)
    }

    #[test]
    fn numerals_stop_at_the_first_non_numeral_byte() {
        let mut f = file_with(b"  12 0x1F -3.5e2 .5 abc");
        let mut got = Vec::new();
        for _ in 0..5 {
            got.push(String::from_utf8(f.read_numeral().unwrap()).unwrap());
        }
        assert_eq!(got, ["12", "0x1F", "-3.5e2", ".5", ""]);
        assert_eq!(f.peek().unwrap(), Some(b'a'));
    }

    #[test]
    fn lines_with_and_without_newline() {
        let mut f = file_with(b"one\ntwo");
        assert_eq!(f.read_line(true, &mut try_room).unwrap().unwrap(), b"one\n");
        assert_eq!(f.read_line(false, &mut try_room).unwrap().unwrap(), b"two");
        assert!(f.read_line(false, &mut try_room).unwrap().is_none());
        assert_eq!(f.read_all(&mut try_room).unwrap(), b"");
    }

    #[test]
    fn read_all_takes_the_read_ahead_then_the_rest() {
        let content: Vec<u8> = (0..3 * BUF_SIZE).map(|i| b'a' + (i % 26) as u8).collect();
        let mut f = file_with(&content);
        assert_eq!(f.read_chars(5, &mut try_room).unwrap().unwrap(), &content[..5]);
        assert_eq!(f.read_all(&mut try_room).unwrap(), &content[5..]);
        assert_eq!(f.read_all(&mut try_room).unwrap(), b"");
    }

    #[test]
    fn closing_frees_the_buffers_and_their_count() {
        let mut vm = super::super::testing::vm();
        let file = Rc::new(RefCell::new(file_with(
            b"one
two
",
        )));
        let before = vm.heap.live_bytes();
        file.borrow_mut().read_line(false, &mut try_room).unwrap();
        account_buffers(&mut vm, &file);
        assert!(vm.heap.live_bytes() >= before + BUF_SIZE, "the read buffer counts as memory outside the heap");
        file.borrow_mut().close().unwrap();
        assert_eq!(file.borrow().buffer_bytes(), 0);
        account_buffers(&mut vm, &file);
        assert_eq!(vm.heap.live_bytes(), before);
    }

    #[test]
    fn writes_after_reads_land_at_the_logical_position() {
        let mut f = file_with(b"abc\ndef\n");
        assert_eq!(f.read_line(false, &mut try_room).unwrap().unwrap(), b"abc");
        f.write(b"XY").unwrap();
        f.seek(SeekFrom::Start(0)).unwrap();
        assert_eq!(f.read_all(&mut try_room).unwrap(), b"abc\nXYf\n");
        assert_eq!(f.seek(SeekFrom::Current(0)).unwrap(), 8);
    }

    #[test]
    fn modes() {
        for m in ["r", "w", "a", "r+", "w+", "a+", "rb", "r+b", "wbb"] {
            assert!(valid_mode(m.as_bytes()), "{m}");
        }
        for m in ["", "x", "rw", "r++", "br"] {
            assert!(!valid_mode(m.as_bytes()), "{m}");
        }
    }

    #[test]
    fn error_text_is_strerror() {
        assert_eq!(error_text(&std::io::Error::from_raw_os_error(2)), "No such file or directory");
    }
}
