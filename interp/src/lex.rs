//! The Lua 5.4 lexer: source bytes to tokens, with PUC Lua's error messages.
//!
//! It mirrors `llex.c`: `line` is the line the scanner is on (so a token's line
//! is the line where it ends), `buf` keeps the text of the last token scanned
//! (what "near '...'" quotes), and errors are formatted `chunk:line: msg near tok`.

use crate::error::short_source;
use std::collections::HashMap;
use std::rc::Rc;

/// A token. Single-character symbols are `Char`.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    And,
    Break,
    Do,
    Else,
    Elseif,
    End,
    False,
    For,
    Function,
    Goto,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,
    /// `//`
    IDiv,
    /// `..`
    Concat,
    /// `...`
    Dots,
    /// `==`
    Eq,
    /// `>=`
    Ge,
    /// `<=`
    Le,
    /// `~=`
    Ne,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `::`
    DbColon,
    Eof,
    Flt(f64),
    Int(i64),
    Name(Rc<str>),
    Str(Rc<[u8]>),
    Char(u8),
}

const RESERVED: [(&str, Tok); 22] = [
    ("and", Tok::And),
    ("break", Tok::Break),
    ("do", Tok::Do),
    ("else", Tok::Else),
    ("elseif", Tok::Elseif),
    ("end", Tok::End),
    ("false", Tok::False),
    ("for", Tok::For),
    ("function", Tok::Function),
    ("goto", Tok::Goto),
    ("if", Tok::If),
    ("in", Tok::In),
    ("local", Tok::Local),
    ("nil", Tok::Nil),
    ("not", Tok::Not),
    ("or", Tok::Or),
    ("repeat", Tok::Repeat),
    ("return", Tok::Return),
    ("then", Tok::Then),
    ("true", Tok::True),
    ("until", Tok::Until),
    ("while", Tok::While),
];

impl Tok {
    /// How Lua names the token kind in messages (`luaX_token2str`).
    pub fn describe(&self) -> String {
        match self {
            Tok::Char(c) if c.is_ascii_graphic() || *c == b' ' => format!("'{}'", *c as char),
            Tok::Char(c) => format!("'<\\{c}>'"),
            Tok::Eof => "<eof>".into(),
            Tok::Flt(_) => "<number>".into(),
            Tok::Int(_) => "<integer>".into(),
            Tok::Name(_) => "<name>".into(),
            Tok::Str(_) => "<string>".into(),
            t => format!("'{}'", t.symbol()),
        }
    }

    /// Source spelling of reserved words and multi-character symbols.
    fn symbol(&self) -> &'static str {
        if let Some((s, _)) = RESERVED.iter().find(|(_, t)| t == self) {
            return s;
        }
        match self {
            Tok::IDiv => "//",
            Tok::Concat => "..",
            Tok::Dots => "...",
            Tok::Eq => "==",
            Tok::Ge => ">=",
            Tok::Le => "<=",
            Tok::Ne => "~=",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::DbColon => "::",
            _ => "?",
        }
    }
}

/// The scanner state. `tok` is the current token, `ahead` an optional lookahead.
pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    /// Line the scanner is on (`ls->linenumber`).
    pub line: u32,
    /// Line of the last token consumed (`ls->lastline`).
    pub lastline: u32,
    pub tok: Tok,
    ahead: Option<Tok>,
    /// Text of the last token scanned, for "near" in messages.
    buf: Vec<u8>,
    chunk: String,
    /// Every word read so far, reserved words included, with its token: a
    /// name read again shares its first `Rc` (PUC interns names likewise).
    words: HashMap<Rc<str>, Tok>,
}

type LexResult<T> = Result<T, String>;

const EOZ: i32 = -1;

impl<'a> Lexer<'a> {
    /// A lexer positioned before the first token (call `next` once to load it).
    pub fn new(src: &'a [u8], chunkname: &str) -> Lexer<'a> {
        Lexer {
            src,
            pos: 0,
            line: 1,
            lastline: 1,
            tok: Tok::Eof,
            ahead: None,
            buf: Vec::new(),
            chunk: short_source(chunkname),
            words: RESERVED.iter().map(|(s, t)| (Rc::from(*s), t.clone())).collect(),
        }
    }

    /// Skip a first line starting with '#' (Unix exec. file), keeping its newline.
    pub fn skip_shebang(&mut self) {
        if self.src.first() == Some(&b'#') {
            while self.pos < self.src.len() && !matches!(self.src[self.pos], b'\n' | b'\r') {
                self.pos += 1;
            }
        }
    }

    /// Advance to the next token (`luaX_next`).
    #[allow(clippy::should_implement_trait)] // a fallible step of the scanner, not an iterator
    pub fn next(&mut self) -> LexResult<()> {
        self.lastline = self.line;
        self.tok = match self.ahead.take() {
            Some(t) => t,
            None => self.scan()?,
        };
        Ok(())
    }

    /// Peek at the token after the current one (`luaX_lookahead`).
    pub fn lookahead(&mut self) -> LexResult<&Tok> {
        if self.ahead.is_none() {
            let t = self.scan()?;
            self.ahead = Some(t);
        }
        Ok(self.ahead.as_ref().expect("lookahead just filled"))
    }

    /// Chunk name as printed in messages.
    pub fn chunk(&self) -> &str {
        &self.chunk
    }

    /// "chunk:line: msg near <current token>" (`luaX_syntaxerror`).
    pub fn syntax_error(&self, msg: &str) -> String {
        self.error_near(msg, &self.tok.clone())
    }

    /// "chunk:line: msg" with no token (`luaK_semerror`).
    pub fn sem_error(&self, msg: &str) -> String {
        format!("{}:{}: {}", self.chunk, self.line, msg)
    }

    /// "chunk:line: msg near tok" (`lexerror`).
    pub fn error_near(&self, msg: &str, tok: &Tok) -> String {
        format!("{}:{}: {} near {}", self.chunk, self.line, msg, self.txt_token(tok))
    }

    fn txt_token(&self, tok: &Tok) -> String {
        match tok {
            Tok::Name(_) | Tok::Str(_) | Tok::Flt(_) | Tok::Int(_) => {
                format!("'{}'", String::from_utf8_lossy(&self.buf))
            }
            t => t.describe(),
        }
    }

    // ------------------------------------------------------------ characters

    #[inline]
    fn current(&self) -> i32 {
        match self.src.get(self.pos) {
            Some(&c) => c as i32,
            None => EOZ,
        }
    }

    #[inline]
    fn advance(&mut self) {
        if self.pos < self.src.len() {
            self.pos += 1;
        }
    }

    #[inline]
    fn save(&mut self, c: u8) {
        self.buf.push(c);
    }

    #[inline]
    fn save_and_next(&mut self) {
        let c = self.current();
        if c != EOZ {
            self.save(c as u8);
        }
        self.advance();
    }

    fn is_newline(c: i32) -> bool {
        c == b'\n' as i32 || c == b'\r' as i32
    }

    /// Skip a newline sequence (\n, \r, \n\r or \r\n) and count the line.
    fn inc_line(&mut self) -> LexResult<()> {
        let old = self.current();
        self.advance();
        let c = self.current();
        if Self::is_newline(c) && c != old {
            self.advance();
        }
        self.line = self.line.checked_add(1).filter(|&l| l < i32::MAX as u32).ok_or_else(|| {
            let t = self.tok.clone();
            self.error_near("chunk has too many lines", &t)
        })?;
        Ok(())
    }

    /// If the current char is one of `set`, save it and advance.
    fn check_next2(&mut self, set: &[u8; 2]) -> bool {
        let c = self.current();
        if c == set[0] as i32 || c == set[1] as i32 {
            self.save_and_next();
            true
        } else {
            false
        }
    }

    // ------------------------------------------------------------ scanning

    /// Scan one token (`llex`).
    fn scan(&mut self) -> LexResult<Tok> {
        self.buf.clear();
        loop {
            let c = self.current();
            if c == EOZ {
                return Ok(Tok::Eof);
            }
            let c = c as u8;
            match c {
                b'\n' | b'\r' => self.inc_line()?,
                b' ' | b'\x0c' | b'\t' | b'\x0b' => self.advance(),
                b'-' => {
                    self.advance();
                    if self.current() != b'-' as i32 {
                        return Ok(Tok::Char(b'-'));
                    }
                    self.advance();
                    self.skip_comment()?;
                }
                b'[' => {
                    let sep = self.skip_sep();
                    if sep >= 2 {
                        let s = self.read_long_string(sep, true)?;
                        return Ok(Tok::Str(s.into()));
                    }
                    if sep == 0 {
                        return Err(self.error_near("invalid long string delimiter", &Tok::Str(Rc::from(&b""[..]))));
                    }
                    return Ok(Tok::Char(b'['));
                }
                b'=' => return Ok(self.one_or_two(b'=', Tok::Eq, b'=')),
                b'<' => return Ok(self.one_of_three(b'<', (b'=', Tok::Le), (b'<', Tok::Shl))),
                b'>' => return Ok(self.one_of_three(b'>', (b'=', Tok::Ge), (b'>', Tok::Shr))),
                b'/' => return Ok(self.one_or_two(b'/', Tok::IDiv, b'/')),
                b'~' => return Ok(self.one_or_two(b'=', Tok::Ne, b'~')),
                b':' => return Ok(self.one_or_two(b':', Tok::DbColon, b':')),
                b'"' | b'\'' => return self.read_string(c),
                b'.' => {
                    self.save_and_next();
                    if self.current() == b'.' as i32 {
                        self.save_and_next();
                        if self.current() == b'.' as i32 {
                            self.save_and_next();
                            return Ok(Tok::Dots);
                        }
                        return Ok(Tok::Concat);
                    }
                    if self.current() >= 0 && (self.current() as u8).is_ascii_digit() {
                        return self.read_numeral();
                    }
                    return Ok(Tok::Char(b'.'));
                }
                b'0'..=b'9' => return self.read_numeral(),
                c if c.is_ascii_alphabetic() || c == b'_' => {
                    while self.current() >= 0 && {
                        let d = self.current() as u8;
                        d.is_ascii_alphanumeric() || d == b'_'
                    } {
                        self.save_and_next();
                    }
                    let word = std::str::from_utf8(&self.buf).expect("identifiers are ASCII");
                    if let Some(t) = self.words.get(word) {
                        return Ok(t.clone());
                    }
                    let name: Rc<str> = Rc::from(word);
                    self.words.insert(name.clone(), Tok::Name(name.clone()));
                    return Ok(Tok::Name(name));
                }
                c => {
                    self.advance();
                    return Ok(Tok::Char(c));
                }
            }
        }
    }

    /// After `first`, if the next char is `second` return `two`, else `Char(one)`.
    fn one_or_two(&mut self, second: u8, two: Tok, one: u8) -> Tok {
        self.advance();
        if self.current() == second as i32 {
            self.advance();
            two
        } else {
            Tok::Char(one)
        }
    }

    /// `<`, `<=`, `<<` (and the same for `>`).
    fn one_of_three(&mut self, one: u8, a: (u8, Tok), b: (u8, Tok)) -> Tok {
        self.advance();
        let c = self.current();
        for (second, tok) in [a, b] {
            if c == second as i32 {
                self.advance();
                return tok;
            }
        }
        Tok::Char(one)
    }

    /// After "--": a long comment or the rest of the line.
    fn skip_comment(&mut self) -> LexResult<()> {
        if self.current() == b'[' as i32 {
            let sep = self.skip_sep();
            self.buf.clear();
            if sep >= 2 {
                self.read_long_string(sep, false)?;
                self.buf.clear();
                return Ok(());
            }
        }
        while !Self::is_newline(self.current()) && self.current() != EOZ {
            self.advance();
        }
        Ok(())
    }

    /// Read `[=*[` or `]=*]`: count+2 if well formed, 1 for a lone bracket,
    /// 0 for '=' signs not followed by the second bracket.
    fn skip_sep(&mut self) -> usize {
        let s = self.current();
        self.save_and_next();
        let mut count = 0;
        while self.current() == b'=' as i32 {
            self.save_and_next();
            count += 1;
        }
        if self.current() == s {
            count + 2
        } else if count == 0 {
            1
        } else {
            0
        }
    }

    fn read_long_string(&mut self, sep: usize, keep: bool) -> LexResult<Vec<u8>> {
        let start_line = self.line;
        self.save_and_next();
        if Self::is_newline(self.current()) {
            self.inc_line()?;
        }
        loop {
            let c = self.current();
            if c == EOZ {
                let what = if keep { "string" } else { "comment" };
                let msg = format!("unfinished long {what} (starting at line {start_line})");
                return Err(self.error_near(&msg, &Tok::Eof));
            }
            match c as u8 {
                b']' => {
                    if self.skip_sep() == sep {
                        self.save_and_next();
                        break;
                    }
                }
                b'\n' | b'\r' => {
                    self.save(b'\n');
                    self.inc_line()?;
                    if !keep {
                        self.buf.clear();
                    }
                }
                _ => {
                    if keep {
                        self.save_and_next();
                    } else {
                        self.advance();
                    }
                }
            }
        }
        if !keep {
            return Ok(Vec::new());
        }
        Ok(self.buf[sep..self.buf.len() - sep].to_vec())
    }

    fn read_numeral(&mut self) -> LexResult<Tok> {
        let first = self.current();
        self.save_and_next();
        let mut expo = b"Ee";
        if first == b'0' as i32 && self.check_next2(b"xX") {
            expo = b"Pp";
        }
        loop {
            if self.check_next2(expo) {
                self.check_next2(b"-+");
            } else if self.current() >= 0 && {
                let c = self.current() as u8;
                c.is_ascii_hexdigit() || c == b'.'
            } {
                self.save_and_next();
            } else {
                break;
            }
        }
        if self.current() >= 0 && {
            let c = self.current() as u8;
            c.is_ascii_alphabetic() || c == b'_'
        } {
            self.save_and_next();
        }
        match str_to_number(&self.buf) {
            Some(NumLit::Int(i)) => Ok(Tok::Int(i)),
            Some(NumLit::Flt(f)) => Ok(Tok::Flt(f)),
            None => Err(self.error_near("malformed number", &Tok::Flt(0.0))),
        }
    }

    /// Error inside a string escape: add the offending char to the quoted text.
    fn esc_error(&mut self, msg: &str) -> String {
        if self.current() != EOZ {
            self.save_and_next();
        }
        self.error_near(msg, &Tok::Str(Rc::from(&b""[..])))
    }

    fn hex_digit(&mut self) -> LexResult<u32> {
        self.save_and_next();
        let c = self.current();
        if c >= 0 && (c as u8).is_ascii_hexdigit() {
            Ok((c as u8 as char).to_digit(16).expect("hex digit"))
        } else {
            Err(self.esc_error("hexadecimal digit expected"))
        }
    }

    /// `\xXX`: the buffer holds `\x`; returns the byte.
    fn read_hex_esc(&mut self) -> LexResult<u8> {
        let hi = self.hex_digit()?;
        let lo = self.hex_digit()?;
        // Remove 'x' and the first digit saved by `hex_digit` (the second is current).
        self.buf.truncate(self.buf.len() - 2);
        self.advance();
        Ok((hi * 16 + lo) as u8)
    }

    /// `\u{XXX}`: the buffer holds `\`; returns the code point.
    fn read_utf8_esc(&mut self) -> LexResult<u32> {
        let mut removed = 4;
        self.save_and_next(); // 'u'
        if self.current() != b'{' as i32 {
            return Err(self.esc_error("missing '{'"));
        }
        let mut r = self.hex_digit()?;
        loop {
            self.save_and_next();
            let c = self.current();
            if !(c >= 0 && (c as u8).is_ascii_hexdigit()) {
                break;
            }
            removed += 1;
            if r > (0x7FFF_FFFFu32 >> 4) {
                return Err(self.esc_error("UTF-8 value too large"));
            }
            r = (r << 4) + (c as u8 as char).to_digit(16).expect("hex digit");
        }
        if self.current() != b'}' as i32 {
            return Err(self.esc_error("missing '}'"));
        }
        self.advance();
        self.buf.truncate(self.buf.len() - removed);
        Ok(r)
    }

    /// `\ddd`: up to three decimal digits, at most 255.
    fn read_dec_esc(&mut self) -> LexResult<u8> {
        let mut r: u32 = 0;
        let mut i = 0;
        while i < 3 && self.current() >= 0 && (self.current() as u8).is_ascii_digit() {
            r = r * 10 + (self.current() as u32 - b'0' as u32);
            self.save_and_next();
            i += 1;
        }
        if r > 255 {
            return Err(self.esc_error("decimal escape too large"));
        }
        self.buf.truncate(self.buf.len() - i);
        Ok(r as u8)
    }

    fn read_string(&mut self, del: u8) -> LexResult<Tok> {
        self.save_and_next();
        while self.current() != del as i32 {
            let c = self.current();
            if c == EOZ {
                return Err(self.error_near("unfinished string", &Tok::Eof));
            }
            match c as u8 {
                b'\n' | b'\r' => {
                    return Err(self.error_near("unfinished string", &Tok::Str(Rc::from(&b""[..]))));
                }
                b'\\' => self.read_escape()?,
                _ => self.save_and_next(),
            }
        }
        self.save_and_next();
        Ok(Tok::Str(Rc::from(&self.buf[1..self.buf.len() - 1])))
    }

    /// One escape sequence; the current char is the backslash.
    fn read_escape(&mut self) -> LexResult<()> {
        self.save_and_next(); // keep '\\' for error messages
        let c = self.current();
        if c == EOZ {
            return Ok(()); // "unfinished string" on the next round
        }
        let simple = match c as u8 {
            b'a' => Some(7u8),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            b'"' => Some(b'"'),
            b'\'' => Some(b'\''),
            _ => None,
        };
        if let Some(v) = simple {
            self.advance();
            self.buf.pop();
            self.save(v);
            return Ok(());
        }
        match c as u8 {
            b'x' => {
                let v = self.read_hex_esc()?;
                self.buf.pop();
                self.save(v);
            }
            b'u' => {
                // `read_utf8_esc` already removed the backslash with the digits.
                let cp = self.read_utf8_esc()?;
                let mut tmp = Vec::with_capacity(6);
                utf8_encode(cp, &mut tmp);
                self.buf.extend_from_slice(&tmp);
            }
            b'\n' | b'\r' => {
                self.inc_line()?;
                self.buf.pop();
                self.save(b'\n');
            }
            b'z' => {
                self.buf.pop();
                self.advance();
                while self.current() >= 0 && is_space(self.current() as u8) {
                    if Self::is_newline(self.current()) {
                        self.inc_line()?;
                    } else {
                        self.advance();
                    }
                }
            }
            d if d.is_ascii_digit() => {
                let v = self.read_dec_esc()?;
                self.buf.pop();
                self.save(v);
            }
            _ => return Err(self.esc_error("invalid escape sequence")),
        }
        Ok(())
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Encode a code point (up to 0x7FFFFFFF) the way Lua does: UTF-8 extended to
/// 6 bytes (`luaO_utf8esc`).
pub fn utf8_encode(mut x: u32, out: &mut Vec<u8>) {
    if x < 0x80 {
        out.push(x as u8);
        return;
    }
    let mut tail = [0u8; 6];
    let mut n = 0;
    let mut mfb: u32 = 0x3f; // maximum that fits in the first byte
    loop {
        tail[n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    out.push(((!mfb << 1) | x) as u8);
    for i in (0..n).rev() {
        out.push(tail[i]);
    }
}

/// A numeric literal's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumLit {
    Int(i64),
    Flt(f64),
}

/// Convert a numeral as the lexer reads it (no sign, no spaces) like
/// `luaO_str2num`: hex integers wrap, decimal integers that overflow become floats.
pub fn str_to_number(s: &[u8]) -> Option<NumLit> {
    if s.iter().any(|&c| c == b'n' || c == b'N') {
        return None; // "inf"/"nan" are not numerals
    }
    match crate::number::str_to_number(s)? {
        crate::value::Value::Int(i) => Some(NumLit::Int(i)),
        crate::value::Value::Float(f) => Some(NumLit::Flt(f)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Result<Vec<Tok>, String> {
        let mut lx = Lexer::new(src.as_bytes(), "=t");
        let mut out = Vec::new();
        loop {
            lx.next()?;
            if lx.tok == Tok::Eof {
                return Ok(out);
            }
            out.push(lx.tok.clone());
        }
    }

    fn one_str(src: &str) -> Vec<u8> {
        match toks(src).unwrap().as_slice() {
            [Tok::Str(s)] => s.to_vec(),
            t => panic!("not one string: {t:?}"),
        }
    }

    fn err(src: &str) -> String {
        toks(src).unwrap_err()
    }

    #[test]
    fn simple_escapes() {
        assert_eq!(one_str(r#""\a\b\f\n\r\t\v\\\"\'""#), b"\x07\x08\x0c\n\r\t\x0b\\\"'");
        assert_eq!(one_str("'a\\\nb'"), b"a\nb");
        assert_eq!(one_str("'a\\\r\nb'"), b"a\nb");
        assert_eq!(one_str("'a\\z  \n\t  b'"), b"ab");
    }

    #[test]
    fn numeric_escapes() {
        assert_eq!(one_str(r#""\x41\x7a\xFF""#), b"Az\xff");
        assert_eq!(one_str(r#""\65\0659\255\0""#), b"AA9\xff\x00");
        assert_eq!(one_str(r#""\u{41}\u{7FF}\u{FFFF}""#), "A\u{7ff}\u{ffff}".as_bytes());
        assert_eq!(one_str(r#""\u{10FFFF}""#), "\u{10ffff}".as_bytes());
        assert_eq!(one_str(r#""\u{7FFFFFFF}""#), b"\xfd\xbf\xbf\xbf\xbf\xbf");
        assert_eq!(one_str(r#""\u{200000}""#), b"\xf8\x88\x80\x80\x80");
    }

    #[test]
    fn escape_errors() {
        assert_eq!(err(r#"x = "abc\q""#), r#"t:1: invalid escape sequence near '"abc\q'"#);
        assert_eq!(err(r#""\300""#), r#"t:1: decimal escape too large near '"\300"'"#);
        assert_eq!(err(r#""\xZZ""#), r#"t:1: hexadecimal digit expected near '"\xZ'"#);
        assert_eq!(err(r#""\x5""#), r#"t:1: hexadecimal digit expected near '"\x5"'"#);
        assert_eq!(err(r#""\u{110000000}""#), r#"t:1: UTF-8 value too large near '"\u{110000000'"#);
        assert_eq!(err(r#""\u41""#), r#"t:1: missing '{' near '"\u4'"#);
        assert_eq!(err(r#""\u{41""#), r#"t:1: missing '}' near '"\u{41"'"#);
    }

    #[test]
    fn unfinished_strings() {
        assert_eq!(err("x = \"abc"), "t:1: unfinished string near <eof>");
        assert_eq!(err("x = \"abc\ny\""), "t:1: unfinished string near '\"abc'");
        assert_eq!(err("x = [[abc\n\n"), "t:3: unfinished long string (starting at line 1) near <eof>");
        assert_eq!(err("--[==[ abc\n"), "t:2: unfinished long comment (starting at line 1) near <eof>");
        assert_eq!(err("x = [=abc"), "t:1: invalid long string delimiter near '[='");
    }

    #[test]
    fn long_brackets() {
        assert_eq!(one_str("[[\nabc]]"), b"abc");
        assert_eq!(one_str("[==[a]]b]=]c]==]"), b"a]]b]=]c");
        assert_eq!(one_str("[[a\r\nb]]"), b"a\nb");
        assert_eq!(toks("--[[ c\n ]] x --[=[ ]] ]=] y -- z\n w").unwrap().len(), 3);
    }

    #[test]
    fn numbers() {
        let n = |s: &str| toks(s).unwrap().pop().unwrap();
        assert_eq!(n("3"), Tok::Int(3));
        assert_eq!(n("0x10"), Tok::Int(16));
        assert_eq!(n("0xffffffffffffffff"), Tok::Int(-1));
        assert_eq!(n("0x1ffffffffffffffff"), Tok::Int(-1));
        assert_eq!(n("9223372036854775807"), Tok::Int(i64::MAX));
        assert_eq!(n("9223372036854775808"), Tok::Flt(9223372036854775808.0));
        assert_eq!(n("3.0"), Tok::Flt(3.0));
        assert_eq!(n(".5"), Tok::Flt(0.5));
        assert_eq!(n("5."), Tok::Flt(5.0));
        assert_eq!(n("1e2"), Tok::Flt(100.0));
        assert_eq!(n("1E-2"), Tok::Flt(0.01));
        assert_eq!(n("0x1p4"), Tok::Flt(16.0));
        assert_eq!(n("0x.8"), Tok::Flt(0.5));
        assert_eq!(n("0xA.8P1"), Tok::Flt(21.0));
        assert_eq!(err("x = 3x"), "t:1: malformed number near '3x'");
        assert_eq!(err("x = 1..2"), "t:1: malformed number near '1..2'");
        assert_eq!(err("x = 0x"), "t:1: malformed number near '0x'");
        assert_eq!(err("x = 1e"), "t:1: malformed number near '1e'");
        assert_eq!(err("x = 0xep"), "t:1: malformed number near '0xep'");
    }

    #[test]
    fn symbols_and_lines() {
        let t = toks("a.b:c::d ... .. // ~= == <= >= << >> < > = ~ #").unwrap();
        assert!(t.contains(&Tok::DbColon) && t.contains(&Tok::Dots) && t.contains(&Tok::IDiv));
        assert!(t.contains(&Tok::Shl) && t.contains(&Tok::Shr) && t.contains(&Tok::Char(b'~')));
        let mut lx = Lexer::new(b"a\n\nb\r\n[[\n\n]] c", "=t");
        lx.next().unwrap();
        assert_eq!(lx.line, 1);
        lx.next().unwrap();
        assert_eq!(lx.line, 3);
        lx.next().unwrap();
        assert_eq!(lx.line, 6);
        lx.next().unwrap();
        assert_eq!((lx.tok.clone(), lx.lastline), (Tok::Name("c".into()), 6));
    }

    #[test]
    fn shebang() {
        let mut lx = Lexer::new(b"#!/usr/bin/lua\nx", "@t");
        lx.skip_shebang();
        lx.next().unwrap();
        assert_eq!((lx.tok.clone(), lx.line), (Tok::Name("x".into()), 2));
    }
}
