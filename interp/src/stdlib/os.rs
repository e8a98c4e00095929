//! The os library: time and dates (calendar arithmetic and strftime done here,
//! in the C locale, with local time taken as UTC), environment, processes and
//! files by name.

use super::io::{check_option, error_code, error_text, push_exec_result};
use crate::state::{LuaResult, Vm};
use crate::value::Value;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn open_os(vm: &mut Vm) {
    super::register_qualified(
        vm,
        "os",
        &[
            ("os.clock", os_clock),
            ("os.date", os_date),
            ("os.difftime", os_difftime),
            ("os.execute", os_execute),
            ("os.exit", os_exit),
            ("os.getenv", os_getenv),
            ("os.remove", os_remove),
            ("os.rename", os_rename),
            ("os.setlocale", os_setlocale),
            ("os.time", os_time),
            ("os.tmpname", os_tmpname),
        ],
    );
}

// ------------------------------------------------------------------ calendar

/// A broken-down time (`struct tm` with a full year and 0-based month).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    /// 0..=11
    pub month: i64,
    /// 1..=31
    pub day: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// 0 = Sunday
    pub wday: i64,
    /// 0..=365
    pub yday: i64,
}

/// Days from 1970-01-01 to the given civil date (month 1..=12), proleptic Gregorian.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date (year, month 1..=12, day) of a day count from 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + if m <= 2 { 1 } else { 0 }, m, d)
}

/// `gmtime`: the broken-down UTC time of `t` seconds since the epoch.
pub fn gmtime(t: i64) -> DateTime {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (year, m, day) = civil_from_days(days);
    DateTime {
        year,
        month: m - 1,
        day,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
    }
}

/// `timegm`/`mktime` in UTC: fields may be out of range and are normalized.
/// `None` if the result does not fit, or if its year does not (`mktime` fails
/// when the normalized year overflows `tm_year`).
pub fn timegm(year: i64, month: i64, day: i64, hour: i64, min: i64, sec: i64) -> Option<i64> {
    let y = year.checked_add(month.div_euclid(12))?;
    let m = month.rem_euclid(12);
    let days = days_from_civil(y, m + 1, 1).checked_add(day - 1)?;
    let t = days.checked_mul(86400)?.checked_add(hour * 3600 + min * 60 + sec)?;
    year_fits_tm(gmtime(t).year).then_some(t)
}

/// C's `struct tm` counts years from 1900 in an `int`: a time whose year does
/// not fit has no broken-down form (`gmtime` returns NULL, `mktime` -1).
pub fn year_fits_tm(year: i64) -> bool {
    i32::try_from(year - 1900).is_ok()
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &DateTime) -> (i64, i64) {
    let weeks_in = |y: i64| {
        let p = |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
        if p(y) == 4 || p(y - 1) == 3 {
            53
        } else {
            52
        }
    };
    let iso_wday = if tm.wday == 0 { 7 } else { tm.wday };
    let w = (tm.yday + 1 - iso_wday + 10) / 7;
    if w < 1 {
        (tm.year - 1, weeks_in(tm.year - 1))
    } else if w > weeks_in(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, w)
    }
}

const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Conversions `os.date` accepts (C99 strftime): single letters, then
/// two-letter E and O modifiers.
const SINGLE: &[u8] = b"aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
const DOUBLE: [&[u8]; 2] = [b"EcECExEXEyEY", b"OdOeOHOIOmOMOSOuOUOVOwOWOy"];

/// Length of the conversion specifier at the start of `conv` (after '%'), if valid.
fn conversion_len(conv: &[u8]) -> Option<usize> {
    let c = *conv.first()?;
    if SINGLE.contains(&c) {
        return Some(1);
    }
    let pair = conv.get(..2)?;
    DOUBLE.iter().any(|set| set.chunks(2).any(|p| p == pair)).then_some(2)
}

/// One strftime conversion in the C locale.
fn convert(out: &mut String, spec: u8, tm: &DateTime, utc: bool) {
    use std::fmt::Write as _;
    let h12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let _ = match spec {
        b'a' => write!(out, "{}", &DAYS[tm.wday as usize][..3]),
        b'A' => write!(out, "{}", DAYS[tm.wday as usize]),
        b'b' | b'h' => write!(out, "{}", &MONTHS[tm.month as usize][..3]),
        b'B' => write!(out, "{}", MONTHS[tm.month as usize]),
        b'c' => {
            for (i, s) in [b'a', b'b', b'e', b'T', b'Y'].into_iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                convert(out, s, tm, utc);
            }
            Ok(())
        }
        b'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
        b'd' => write!(out, "{:02}", tm.day),
        b'D' | b'x' => write!(out, "{:02}/{:02}/{:02}", tm.month + 1, tm.day, tm.year.rem_euclid(100)),
        b'e' => write!(out, "{:2}", tm.day),
        b'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.month + 1, tm.day),
        b'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
        b'G' => write!(out, "{}", iso_week(tm).0),
        b'H' => write!(out, "{:02}", tm.hour),
        b'I' => write!(out, "{h12:02}"),
        b'j' => write!(out, "{:03}", tm.yday + 1),
        b'm' => write!(out, "{:02}", tm.month + 1),
        b'M' => write!(out, "{:02}", tm.min),
        b'n' => writeln!(out),
        b'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
        b'r' => write!(out, "{h12:02}:{:02}:{:02} {}", tm.min, tm.sec, if tm.hour < 12 { "AM" } else { "PM" }),
        b'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
        b'S' => write!(out, "{:02}", tm.sec),
        b't' => write!(out, "\t"),
        b'T' | b'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        b'u' => write!(out, "{}", if tm.wday == 0 { 7 } else { tm.wday }),
        b'U' => write!(out, "{:02}", (tm.yday + 7 - tm.wday) / 7),
        b'V' => write!(out, "{:02}", iso_week(tm).1),
        b'w' => write!(out, "{}", tm.wday),
        b'W' => write!(out, "{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
        b'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
        b'Y' => write!(out, "{}", tm.year),
        b'z' => write!(out, "+0000"),
        b'Z' => write!(out, "{}", if utc { "GMT" } else { "UTC" }),
        _ => write!(out, "%"),
    };
}

/// Why `strftime` failed.
#[derive(Debug, PartialEq)]
pub enum DateError {
    /// An invalid specifier: the rest of the format from it, as PUC's
    /// message shows it.
    BadSpec(Vec<u8>),
    /// `room` could not grow the result (the program's format sizes it).
    NoRoom,
}

/// Format `tm` with a strftime format; `room(out, n)` makes room for `n`
/// more bytes of the result, or answers false.
pub fn strftime(
    fmt: &[u8],
    tm: &DateTime,
    utc: bool,
    room: &mut dyn FnMut(&mut Vec<u8>, usize) -> bool,
) -> Result<Vec<u8>, DateError> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let literal = fmt[i..].iter().position(|&c| c == b'%').unwrap_or(fmt.len() - i);
        if literal > 0 {
            if !room(&mut out, literal) {
                return Err(DateError::NoRoom);
            }
            out.extend_from_slice(&fmt[i..i + literal]);
            i += literal;
            continue;
        }
        let conv = &fmt[i + 1..];
        let Some(len) = conversion_len(conv) else {
            return Err(DateError::BadSpec(conv.to_vec()));
        };
        let mut s = String::new();
        convert(&mut s, conv[len - 1], tm, utc);
        if !room(&mut out, s.len()) {
            return Err(DateError::NoRoom);
        }
        out.extend_from_slice(s.as_bytes());
        i += 1 + len;
    }
    Ok(out)
}

/// A `strftime` room without the VM (an abort if memory runs out).
#[cfg(test)]
fn plain_room(out: &mut Vec<u8>, n: usize) -> bool {
    out.reserve(n);
    true
}

// ------------------------------------------------------------------ time functions

fn now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs_f64().ceil() as i64),
    }
}

/// A time argument: an integer (`l_checktime`).
fn check_time(vm: &mut Vm, i: usize) -> LuaResult<i64> {
    vm.check_int(i)
}

/// Store the fields of `tm` in the table at argument/stack value `t`.
fn set_all_fields(vm: &mut Vm, t: crate::value::Value, tm: &DateTime) -> LuaResult<()> {
    let fields = [
        ("year", tm.year),
        ("month", tm.month + 1),
        ("day", tm.day),
        ("hour", tm.hour),
        ("min", tm.min),
        ("sec", tm.sec),
        ("yday", tm.yday + 1),
        ("wday", tm.wday + 1),
    ];
    vm.hold(t);
    for (name, v) in fields {
        let key = vm.new_str_value(name.as_bytes());
        let t = *vm.handles.last().expect("held above");
        super::auxlib::set_index(vm, t, key, Value::Int(v))?;
    }
    let key = vm.new_str_value(b"isdst");
    let t = vm.release();
    super::auxlib::set_index(vm, t, key, Value::Bool(false))
}

/// A date-table field for `os.time` (`getfield`): an integer that fits a C int
/// after subtracting `delta`, or the default (none: required).
fn get_field(vm: &mut Vm, name: &str, default: Option<i64>, delta: i64) -> LuaResult<i64> {
    let key = vm.new_str_value(name.as_bytes());
    let v = super::auxlib::index(vm, vm.arg(1), key)?;
    let n = match v {
        Value::Int(n) => Some(n),
        Value::Float(f) => crate::number::float_to_int_exact(f),
        Value::Str(s) => match crate::number::str_to_number(s.as_bytes()) {
            Some(Value::Int(n)) => Some(n),
            Some(Value::Float(f)) => crate::number::float_to_int_exact(f),
            _ => None,
        },
        _ => None,
    };
    match (n, v, default) {
        (Some(n), _, _) => {
            let in_range = if n >= 0 { n - delta <= i32::MAX as i64 } else { i32::MIN as i64 + delta <= n };
            if !in_range {
                return Err(vm.rt_error(format!("field '{name}' is out-of-bound")));
            }
            Ok(n - delta)
        }
        (None, Value::Nil, Some(d)) => Ok(d),
        (None, Value::Nil, None) => Err(vm.rt_error(format!("field '{name}' missing in date table"))),
        (None, _, _) => Err(vm.rt_error(format!("field '{name}' is not an integer"))),
    }
}

fn os_time(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(1).is_nil() {
        vm.push(Value::Int(now()));
        return Ok(1);
    }
    vm.check_table(1)?;
    let year = get_field(vm, "year", None, 1900)?;
    let month = get_field(vm, "month", None, 1)?;
    let day = get_field(vm, "day", None, 0)?;
    let hour = get_field(vm, "hour", Some(12), 0)?;
    let min = get_field(vm, "min", Some(0), 0)?;
    let sec = get_field(vm, "sec", Some(0), 0)?;
    let t = timegm(year + 1900, month, day, hour, min, sec);
    let Some(t) = t.filter(|&t| t != -1) else {
        return Err(vm.rt_error("time result cannot be represented in this installation"));
    };
    set_all_fields(vm, vm.arg(1), &gmtime(t))?;
    vm.push(Value::Int(t));
    Ok(1)
}

fn os_date(vm: &mut Vm) -> LuaResult<usize> {
    let fmt = match vm.arg(1) {
        Value::Nil => b"%c".to_vec(),
        _ => vm.check_bytes(1)?,
    };
    let t = if vm.arg(2).is_nil() { now() } else { check_time(vm, 2)? };
    let (utc, spec) = match fmt.strip_prefix(b"!") {
        Some(rest) => (true, rest),
        None => (false, &fmt[..]),
    };
    let tm = gmtime(t);
    if !year_fits_tm(tm.year) {
        return Err(vm.rt_error("date result cannot be represented in this installation"));
    }
    if spec == b"*t" {
        let table = vm.new_table(0, 9);
        vm.push(Value::Table(table));
        set_all_fields(vm, Value::Table(table), &tm)?;
        return Ok(1);
    }
    // The result's room comes from the VM: "not enough memory" after a
    // collection and a retry.
    let mut failed = None;
    let mut room = |out: &mut Vec<u8>, n: usize| match vm.reserve_buffer(out, n, &mut []) {
        Ok(()) => true,
        Err(e) => {
            failed = Some(e);
            false
        }
    };
    let result = strftime(spec, &tm, utc, &mut room);
    match result {
        Ok(s) => {
            vm.try_push_str(&s)?;
            Ok(1)
        }
        Err(DateError::NoRoom) => Err(failed.expect("room failed with the VM's error")),
        Err(DateError::BadSpec(rest)) => {
            let msg = format!("invalid conversion specifier '%{}'", String::from_utf8_lossy(&rest));
            Err(vm.arg_error(1, &msg))
        }
    }
}

extern "C" {
    /// The C library's processor-time clock (`clock_t` is a `long` on the
    /// platforms kiln supports; CLOCKS_PER_SEC is 1_000_000 under POSIX).
    fn clock() -> std::ffi::c_long;
}

fn os_clock(vm: &mut Vm) -> LuaResult<usize> {
    // SAFETY: `clock` takes no arguments, touches no memory of ours and is
    // thread-safe; it only reads the process's CPU time.
    let ticks = unsafe { clock() };
    vm.push(Value::Float(ticks as f64 / 1_000_000.0));
    Ok(1)
}

fn os_difftime(vm: &mut Vm) -> LuaResult<usize> {
    let t1 = check_time(vm, 1)?;
    let t2 = check_time(vm, 2)?;
    vm.push(Value::Float(t1 as f64 - t2 as f64));
    Ok(1)
}

// ------------------------------------------------------------------ environment and processes

fn os_getenv(vm: &mut Vm) -> LuaResult<usize> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let name = vm.check_bytes(1)?;
    match std::env::var_os(std::ffi::OsStr::from_bytes(&name)) {
        Some(v) => vm.push_str(&v.into_vec()),
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

fn os_execute(vm: &mut Vm) -> LuaResult<usize> {
    use std::os::unix::ffi::OsStrExt;
    let Some(cmd) = vm.opt_str(1)? else {
        // Is a shell available?
        vm.push(Value::Bool(std::path::Path::new("/bin/sh").exists()));
        return Ok(1);
    };
    let cmd = cmd.as_bytes().to_vec();
    let status = std::process::Command::new("/bin/sh").arg("-c").arg(std::ffi::OsStr::from_bytes(&cmd)).status();
    match status {
        Ok(s) => Ok(push_exec_result(vm, s)),
        Err(e) => {
            vm.push(Value::Nil);
            vm.push_str(error_text(&e).as_bytes());
            vm.push(Value::Int(error_code(&e)));
            Ok(3)
        }
    }
}

fn os_exit(vm: &mut Vm) -> LuaResult<usize> {
    let status = match vm.arg(1) {
        Value::Bool(b) => {
            if b {
                0
            } else {
                1
            }
        }
        _ => vm.opt_int(1, 0)? as i32,
    };
    if vm.arg(2).truthy() {
        super::base::close_state(vm);
    }
    super::io::flush_all(vm);
    std::process::exit(status);
}

fn os_setlocale(vm: &mut Vm) -> LuaResult<usize> {
    let locale = vm.opt_str(1)?.map(|s| s.as_bytes().to_vec());
    check_option(vm, 2, Some("all"), &["all", "collate", "ctype", "monetary", "numeric", "time"])?;
    // Only the C locale exists here.
    match locale.as_deref() {
        None | Some(b"C") | Some(b"") | Some(b"POSIX") => vm.push_str(b"C"),
        Some(_) => vm.push(Value::Nil),
    }
    Ok(1)
}

// ------------------------------------------------------------------ files by name

fn path_of(name: &[u8]) -> &std::path::Path {
    use std::os::unix::ffi::OsStrExt;
    std::path::Path::new(std::ffi::OsStr::from_bytes(name))
}

/// `luaL_fileresult`: true, or nil, "name: msg" (or "msg" without a name), errno.
fn name_result(vm: &mut Vm, r: std::io::Result<()>, name: Option<&[u8]>) -> usize {
    match r {
        Ok(()) => {
            vm.push(Value::Bool(true));
            1
        }
        Err(e) => {
            let mut msg = Vec::new();
            if let Some(name) = name {
                msg.extend_from_slice(name);
                msg.extend_from_slice(b": ");
            }
            msg.extend_from_slice(error_text(&e).as_bytes());
            vm.push(Value::Nil);
            vm.push_str(&msg);
            vm.push(Value::Int(error_code(&e)));
            3
        }
    }
}

fn os_remove(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let path = path_of(&name);
    // C's remove(): a file, or else an empty directory.
    let r = std::fs::remove_file(path).or_else(|e| if path.is_dir() { std::fs::remove_dir(path) } else { Err(e) });
    Ok(name_result(vm, r, Some(&name)))
}

fn os_rename(vm: &mut Vm) -> LuaResult<usize> {
    let from = vm.check_bytes(1)?;
    let to = vm.check_bytes(2)?;
    let r = std::fs::rename(path_of(&from), path_of(&to));
    // PUC's os.rename reports the error without a file name.
    Ok(name_result(vm, r, None))
}

/// Create a new, empty file "/tmp/lua_XXXXXX" (as `mkstemp`), open for reading and writing.
pub fn create_temp_file() -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let dir = std::env::temp_dir();
    loop {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
        let mut x =
            nanos ^ ((std::process::id() as u64) << 32) ^ (COUNTER.fetch_add(1, Ordering::Relaxed) * 0x9E37_79B9);
        let mut name = String::from("lua_");
        for _ in 0..6 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            name.push(CHARS[(x >> 33) as usize % CHARS.len()] as char);
        }
        let path = dir.join(name);
        match std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path) {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

fn os_tmpname(vm: &mut Vm) -> LuaResult<usize> {
    use std::os::unix::ffi::OsStrExt;
    match create_temp_file() {
        Ok((path, _)) => {
            vm.push_str(path.as_os_str().as_bytes());
            Ok(1)
        }
        Err(_) => Err(vm.rt_error("unable to generate a unique filename")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(f: &str, t: i64) -> String {
        String::from_utf8(strftime(f.as_bytes(), &gmtime(t), true, &mut plain_room).unwrap()).unwrap()
    }

    #[test]
    fn civil_round_trip() {
        for days in [-719468, -1, 0, 1, 365, 10957, 18262, 2932896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11016), (2000, 2, 29));
    }

    #[test]
    fn dates_match_c_strftime() {
        // Expected strings come from lua5.4's os.date on the same times.
        assert_eq!(fmt("%c", 0), "Thu Jan  1 00:00:00 1970");
        let t = 86400 * 45 + 3600 * 15;
        assert_eq!(
            fmt("%Y-%m-%d %H:%M:%S %Z %z %j %U %W %V %G %g %u %w %a %A %b %B %p %I %e", t),
            "1970-02-15 15:00:00 GMT +0000 046 07 06 07 1970 70 7 0 Sun Sunday Feb February PM 03 15"
        );
        assert_eq!(
            fmt("%D %F %T %R %r %x %X %y %C %h%n%t%%", t),
            "02/15/70 1970-02-15 15:00:00 15:00 03:00:00 PM 02/15/70 15:00:00 70 19 Feb\n\t%"
        );
        // ISO weeks across year boundaries.
        assert_eq!(fmt("%G-W%V-%u", timegm(2021, 0, 1, 0, 0, 0).unwrap()), "2020-W53-5");
        assert_eq!(fmt("%G-W%V-%u", timegm(2024, 11, 30, 0, 0, 0).unwrap()), "2025-W01-1");
        assert_eq!(fmt("%Ey %OH", 0), "70 00");
    }

    #[test]
    fn invalid_specifiers_report_the_rest() {
        assert_eq!(strftime(b"x%Qabc", &gmtime(0), false, &mut plain_room), Err(DateError::BadSpec(b"Qabc".to_vec())));
        assert_eq!(strftime(b"%E", &gmtime(0), false, &mut plain_room), Err(DateError::BadSpec(b"E".to_vec())));
        assert_eq!(strftime(b"%Ex", &gmtime(0), false, &mut plain_room).unwrap(), b"01/01/70");
    }

    #[test]
    fn mktime_normalizes() {
        // {year=2020, month=14, day=35, hour=25, min=61, sec=-1} as lua5.4 computes it.
        let t = timegm(2020, 13, 35, 25, 61, -1).unwrap();
        assert_eq!(t, 1615168859);
        let tm = gmtime(t);
        assert_eq!(
            (tm.year, tm.month + 1, tm.day, tm.hour, tm.min, tm.sec, tm.yday + 1, tm.wday + 1),
            (2021, 3, 8, 2, 0, 59, 67, 2)
        );
        let tm = gmtime(1_000_000_000);
        assert_eq!(
            (tm.year, tm.month + 1, tm.day, tm.hour, tm.min, tm.sec, tm.yday + 1, tm.wday + 1),
            (2001, 9, 9, 1, 46, 40, 252, 1)
        );
    }
}
