//! Number semantics of Lua 5.4: integer/float conversions and comparisons.

/// The integer with exactly the value of `f`, if there is one.
#[inline]
pub fn float_to_int_exact(f: f64) -> Option<i64> {
    // -2^63 is representable; 2^63 is not an i64.
    if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
        let i = f as i64;
        if i as f64 == f {
            return Some(i);
        }
    }
    None
}

/// `i == f` with exact mathematical comparison.
#[inline]
pub fn int_eq_float(i: i64, f: f64) -> bool {
    float_to_int_exact(f) == Some(i)
}

/// Lua's `tostring` for numbers: integers in decimal, floats as "%.14g" with ".0"
/// added when the result would read as an integer.
pub fn number_to_string(v: crate::value::Value) -> String {
    match v {
        crate::value::Value::Int(i) => i.to_string(),
        crate::value::Value::Float(f) => float_to_string(f),
        _ => String::new(),
    }
}

/// "%.14g" plus Lua's ".0" rule.
pub fn float_to_string(f: f64) -> String {
    let s = fmt_g(f, 14, false);
    if s.bytes().all(|c| c.is_ascii_digit() || c == b'-') {
        s + ".0"
    } else {
        s
    }
}

/// C's `%.{prec}g` (with `#` flag when `alt`).
pub fn fmt_g(f: f64, prec: usize, alt: bool) -> String {
    if f.is_nan() {
        return if f.is_sign_negative() { "-nan".into() } else { "nan".into() };
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let p = if prec == 0 { 1 } else { prec };
    let e = format!("{:.*e}", p - 1, f);
    let (mant, exp) = e.split_once('e').expect("exponent");
    let x: i32 = exp.parse().expect("exponent digits");
    let strip = |s: String| -> String {
        if alt || !s.contains('.') {
            return s;
        }
        let t = s.trim_end_matches('0');
        t.trim_end_matches('.').to_string()
    };
    if x < -4 || x >= p as i32 {
        let m = strip(mant.to_string());
        format!("{m}e{}{:02}", if x < 0 { '-' } else { '+' }, x.abs())
    } else {
        strip(format!("{:.*}", (p as i32 - 1 - x).max(0) as usize, f))
    }
}

/// Convert a string to a number following Lua's lexical rules (decimal and hex
/// integers, which wrap on overflow for hex and become floats for decimal;
/// decimal and hex floats; surrounding whitespace allowed). `None` if invalid.
pub fn str_to_number(s: &[u8]) -> Option<crate::value::Value> {
    use crate::value::Value;
    let t = trim_ascii(s);
    if t.is_empty() {
        return None;
    }
    let (neg, body) = match t[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if body.len() > 2 && body[0] == b'0' && (body[1] | 0x20) == b'x' {
        let hex = &body[2..];
        if hex.iter().all(|c| c.is_ascii_hexdigit()) {
            let mut n: u64 = 0;
            for &c in hex {
                n = n.wrapping_mul(16).wrapping_add((c as char).to_digit(16)? as u64);
            }
            let n = n as i64;
            return Some(Value::Int(if neg { n.wrapping_neg() } else { n }));
        }
        return parse_hex_float(hex).map(|f| Value::Float(if neg { -f } else { f }));
    }
    if body.iter().all(|c| c.is_ascii_digit()) && !body.is_empty() {
        let text = std::str::from_utf8(body).ok()?;
        return Some(match text.parse::<i64>() {
            Ok(n) => Value::Int(if neg { n.wrapping_neg() } else { n }),
            // "9223372036854775808" and beyond: a float, like Lua.
            Err(_) => {
                let f: f64 = text.parse().ok()?;
                Value::Float(if neg { -f } else { f })
            }
        });
    }
    // Decimal float: digits, optional '.', digits, optional exponent. Reject
    // Rust-only spellings ("inf", "nan", "infinity").
    if !body.iter().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')) {
        return None;
    }
    if !body.iter().any(|c| c.is_ascii_digit()) || body[0] == b'e' || body[0] == b'E' {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    let f: f64 = text.parse().ok()?;
    Some(Value::Float(if neg { -f } else { f }))
}

fn trim_ascii(s: &[u8]) -> &[u8] {
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = s.iter().position(|c| !ws(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !ws(c)).map_or(start, |e| e + 1);
    &s[start..end]
}

/// Hex float body after "0x": hex digits with optional '.', optional 'p' exponent.
fn parse_hex_float(h: &[u8]) -> Option<f64> {
    let (mant, exp) = match h.iter().position(|&c| c | 0x20 == b'p') {
        Some(p) => (&h[..p], Some(&h[p + 1..])),
        None => (h, None),
    };
    let mut m = 0f64;
    let mut e: i64 = 0;
    let mut seen_dot = false;
    let mut digits = 0;
    for &c in mant {
        if c == b'.' {
            if seen_dot {
                return None;
            }
            seen_dot = true;
            continue;
        }
        let d = (c as char).to_digit(16)?;
        m = m * 16.0 + d as f64;
        digits += 1;
        if seen_dot {
            e -= 4;
        }
    }
    if digits == 0 {
        return None;
    }
    if let Some(x) = exp {
        let xs = std::str::from_utf8(x).ok()?;
        if xs.is_empty() {
            return None;
        }
        e += xs.parse::<i64>().ok()?;
    }
    Some(m * 2f64.powi(e.clamp(-10000, 10000) as i32))
}
