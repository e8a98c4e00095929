//! Lua 5.4 pattern matching over byte strings (the engine behind find, match,
//! gmatch and gsub), with Lua's error messages.
//!
//! The matcher backtracks by recursion like PUC Lua; the depth is bounded by
//! `MAX_CALLS` so that a deep pattern raises "pattern too complex" instead of
//! overflowing the Rust stack.

/// Most captures a pattern may have (LUA_MAXCAPTURES).
pub const MAX_CAPTURES: usize = 32;
/// Recursion limit of the matcher (MAXCCALLS).
const MAX_CALLS: usize = 200;
/// Characters that make a pattern more than a plain substring.
const SPECIALS: &[u8] = b"^$*+?.([%-";
const ESC: u8 = b'%';

/// A pattern error message (the caller raises it with position information).
pub type PatResult<T> = Result<T, String>;

/// Length state of a capture while matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CapLen {
    /// Opened by '(' and not yet closed.
    Unfinished,
    /// A position capture `()`.
    Position,
    Len(usize),
}

/// One capture value, as the library functions return it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    /// The bytes `start..end` of the subject.
    Str(usize, usize),
    /// A position capture: a 1-based index into the subject.
    Pos(usize),
}

/// The state of one match attempt of `pat` against `src`.
pub struct MatchState<'a> {
    src: &'a [u8],
    pat: &'a [u8],
    depth_left: usize,
    level: usize,
    capture: [(usize, CapLen); MAX_CAPTURES],
}

/// True if `pat` has no magic characters (find can use a plain search).
pub fn no_specials(pat: &[u8]) -> bool {
    !pat.iter().any(|c| SPECIALS.contains(c))
}

/// Plain substring search from `init`; the start index of the first occurrence.
pub fn find_plain(src: &[u8], pat: &[u8], init: usize) -> Option<usize> {
    if pat.is_empty() {
        return Some(init);
    }
    if pat.len() > src.len().saturating_sub(init) {
        return None;
    }
    src[init..].windows(pat.len()).position(|w| w == pat).map(|i| i + init)
}

impl<'a> MatchState<'a> {
    /// A matcher of `pat` (without a leading '^' anchor, which callers handle).
    pub fn new(src: &'a [u8], pat: &'a [u8]) -> MatchState<'a> {
        MatchState { src, pat, depth_left: MAX_CALLS, level: 0, capture: [(0, CapLen::Unfinished); MAX_CAPTURES] }
    }

    /// Try to match the whole pattern starting exactly at `s`; the end of the
    /// match if it succeeds. Resets the captures first.
    pub fn match_at(&mut self, s: usize) -> PatResult<Option<usize>> {
        self.level = 0;
        self.depth_left = MAX_CALLS;
        self.do_match(s, 0)
    }

    /// Number of captures of the last successful match.
    pub fn level(&self) -> usize {
        self.level
    }

    /// Capture `i` (0-based) of a match `s..e`; with no captures, capture 0 is
    /// the whole match (`get_onecapture`).
    pub fn capture(&self, i: usize, s: usize, e: usize) -> PatResult<Cap> {
        if i >= self.level {
            if i != 0 {
                return Err(format!("invalid capture index %{}", i + 1));
            }
            return Ok(Cap::Str(s, e));
        }
        let (init, len) = self.capture[i];
        match len {
            CapLen::Unfinished => Err("unfinished capture".into()),
            CapLen::Position => Ok(Cap::Pos(init + 1)),
            CapLen::Len(l) => Ok(Cap::Str(init, init + l)),
        }
    }

    /// All captures of a match `s..e` (the whole match if the pattern has none
    /// and `whole` is set, as for match/gmatch/gsub functions).
    pub fn captures(&self, s: usize, e: usize, whole: bool) -> PatResult<Vec<Cap>> {
        let n = if self.level == 0 && whole { 1 } else { self.level };
        (0..n).map(|i| self.capture(i, s, e)).collect()
    }

    fn do_match(&mut self, s: usize, p: usize) -> PatResult<Option<usize>> {
        if self.depth_left == 0 {
            return Err("pattern too complex".into());
        }
        self.depth_left -= 1;
        let r = self.match_loop(s, p);
        self.depth_left += 1;
        r
    }

    /// The body of `match`: tail positions loop instead of recursing.
    fn match_loop(&mut self, mut s: usize, mut p: usize) -> PatResult<Option<usize>> {
        let pat = self.pat;
        loop {
            if p == pat.len() {
                return Ok(Some(s));
            }
            match pat[p] {
                b'(' => {
                    return if pat.get(p + 1) == Some(&b')') {
                        self.start_capture(s, p + 2, CapLen::Position)
                    } else {
                        self.start_capture(s, p + 1, CapLen::Unfinished)
                    };
                }
                b')' => return self.end_capture(s, p + 1),
                b'$' if p + 1 == pat.len() => return Ok((s == self.src.len()).then_some(s)),
                ESC if pat.get(p + 1) == Some(&b'b') => match self.match_balance(s, p + 2)? {
                    Some(ns) => {
                        s = ns;
                        p += 4;
                        continue;
                    }
                    None => return Ok(None),
                },
                ESC if pat.get(p + 1) == Some(&b'f') => {
                    p += 2;
                    if pat.get(p) != Some(&b'[') {
                        return Err("missing '[' after '%f' in pattern".into());
                    }
                    let ep = self.class_end(p)?;
                    let prev = if s == 0 { 0 } else { self.src[s - 1] };
                    let cur = self.src.get(s).copied().unwrap_or(0);
                    if !self.match_bracket_class(prev, p, ep - 1) && self.match_bracket_class(cur, p, ep - 1) {
                        p = ep;
                        continue;
                    }
                    return Ok(None);
                }
                ESC if pat.get(p + 1).is_some_and(u8::is_ascii_digit) => match self.match_capture(s, pat[p + 1])? {
                    Some(ns) => {
                        s = ns;
                        p += 2;
                        continue;
                    }
                    None => return Ok(None),
                },
                _ => {}
            }
            // A single-character class, maybe followed by a quantifier.
            let ep = self.class_end(p)?;
            let quant = pat.get(ep).copied();
            if !self.single_match(s, p, ep) {
                if matches!(quant, Some(b'*' | b'?' | b'-')) {
                    p = ep + 1;
                    continue;
                }
                return Ok(None);
            }
            match quant {
                Some(b'?') => {
                    if let Some(r) = self.do_match(s + 1, ep + 1)? {
                        return Ok(Some(r));
                    }
                    p = ep + 1;
                }
                Some(b'+') => return self.max_expand(s + 1, p, ep),
                Some(b'*') => return self.max_expand(s, p, ep),
                Some(b'-') => return self.min_expand(s, p, ep),
                _ => {
                    s += 1;
                    p = ep;
                }
            }
        }
    }

    /// Index just past the single-character class starting at `p`.
    fn class_end(&self, mut p: usize) -> PatResult<usize> {
        let pat = self.pat;
        let c = pat[p];
        p += 1;
        if c == ESC {
            if p >= pat.len() {
                return Err("malformed pattern (ends with '%')".into());
            }
            return Ok(p + 1);
        }
        if c == b'[' {
            if pat.get(p) == Some(&b'^') {
                p += 1;
            }
            // The first character after '[' (or "[^") is never the closing ']'.
            loop {
                if p >= pat.len() {
                    return Err("malformed pattern (missing ']')".into());
                }
                let cc = pat[p];
                p += 1;
                if cc == ESC && p < pat.len() {
                    p += 1;
                }
                if pat.get(p) == Some(&b']') {
                    return Ok(p + 1);
                }
            }
        }
        Ok(p)
    }

    /// Does subject byte `s` exist and match the class `p..ep`?
    fn single_match(&self, s: usize, p: usize, ep: usize) -> bool {
        let Some(&c) = self.src.get(s) else { return false };
        match self.pat[p] {
            b'.' => true,
            ESC => match_class(c, self.pat[p + 1]),
            b'[' => self.match_bracket_class(c, p, ep - 1),
            pc => pc == c,
        }
    }

    /// Does `c` belong to the set `[...]` spanning `p` ('[') to `ec` (']')?
    fn match_bracket_class(&self, c: u8, mut p: usize, ec: usize) -> bool {
        let pat = self.pat;
        let mut sig = true;
        if pat[p + 1] == b'^' {
            sig = false;
            p += 1;
        }
        loop {
            p += 1;
            if p >= ec {
                return !sig;
            }
            if pat[p] == ESC {
                p += 1;
                if match_class(c, pat[p]) {
                    return sig;
                }
            } else if pat[p + 1] == b'-' && p + 2 < ec {
                p += 2;
                if pat[p - 2] <= c && c <= pat[p] {
                    return sig;
                }
            } else if pat[p] == c {
                return sig;
            }
        }
    }

    /// `%bxy` at pattern index `p` (pointing at x).
    fn match_balance(&self, s: usize, p: usize) -> PatResult<Option<usize>> {
        if p + 1 >= self.pat.len() {
            return Err("malformed pattern (missing arguments to '%b')".into());
        }
        let (open, close) = (self.pat[p], self.pat[p + 1]);
        if self.src.get(s) != Some(&open) {
            return Ok(None);
        }
        let mut depth = 1;
        for (i, &c) in self.src.iter().enumerate().skip(s + 1) {
            if c == close {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some(i + 1));
                }
            } else if c == open {
                depth += 1;
            }
        }
        Ok(None)
    }

    fn max_expand(&mut self, s: usize, p: usize, ep: usize) -> PatResult<Option<usize>> {
        let mut i = 0;
        while self.single_match(s + i, p, ep) {
            i += 1;
        }
        // Try the rest of the pattern with as many repetitions as possible first.
        loop {
            if let Some(r) = self.do_match(s + i, ep + 1)? {
                return Ok(Some(r));
            }
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
        }
    }

    fn min_expand(&mut self, mut s: usize, p: usize, ep: usize) -> PatResult<Option<usize>> {
        loop {
            if let Some(r) = self.do_match(s, ep + 1)? {
                return Ok(Some(r));
            }
            if self.single_match(s, p, ep) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    fn start_capture(&mut self, s: usize, p: usize, what: CapLen) -> PatResult<Option<usize>> {
        if self.level >= MAX_CAPTURES {
            return Err("too many captures".into());
        }
        self.capture[self.level] = (s, what);
        self.level += 1;
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.level -= 1;
        }
        Ok(r)
    }

    fn end_capture(&mut self, s: usize, p: usize) -> PatResult<Option<usize>> {
        let l = self.capture_to_close()?;
        self.capture[l].1 = CapLen::Len(s - self.capture[l].0);
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.capture[l].1 = CapLen::Unfinished;
        }
        Ok(r)
    }

    fn capture_to_close(&self) -> PatResult<usize> {
        (0..self.level)
            .rev()
            .find(|&l| self.capture[l].1 == CapLen::Unfinished)
            .ok_or_else(|| "invalid pattern capture".to_string())
    }

    /// Back-reference `%1`-`%9`: the text of a closed capture, again.
    fn match_capture(&self, s: usize, digit: u8) -> PatResult<Option<usize>> {
        let l = digit as i64 - b'1' as i64;
        if l < 0 || l as usize >= self.level || self.capture[l as usize].1 == CapLen::Unfinished {
            return Err(format!("invalid capture index %{}", l + 1));
        }
        let (init, len) = self.capture[l as usize];
        // A position capture never matches as text (its length is not a length).
        let CapLen::Len(len) = len else { return Ok(None) };
        let text = &self.src[init..init + len];
        Ok(self.src[s..].starts_with(text).then_some(s + len))
    }
}

/// Does `c` belong to the class letter `cl` (`%a`, `%D`, ...)? Any other
/// character stands for itself (`%.`, `%%`).
fn match_class(c: u8, cl: u8) -> bool {
    let res = match cl.to_ascii_lowercase() {
        b'a' => c.is_ascii_alphabetic(),
        b'c' => c.is_ascii_control(),
        b'd' => c.is_ascii_digit(),
        b'g' => c.is_ascii_graphic(),
        b'l' => c.is_ascii_lowercase(),
        b'p' => c.is_ascii_punctuation(),
        b's' => matches!(c, b' ' | b'\t'..=b'\r'),
        b'u' => c.is_ascii_uppercase(),
        b'w' => c.is_ascii_alphanumeric(),
        b'x' => c.is_ascii_hexdigit(),
        // Deprecated since 5.2 but still accepted by 5.4.
        b'z' => c == 0,
        _ => return cl == c,
    };
    if cl.is_ascii_uppercase() {
        !res
    } else {
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `string.find` without init/plain: (start, end, captures as text).
    fn find(src: &str, pat: &str) -> PatResult<Option<(usize, usize, Vec<String>)>> {
        let (src, pat) = (src.as_bytes(), pat.as_bytes());
        let (anchor, pat) = match pat.first() {
            Some(b'^') => (true, &pat[1..]),
            _ => (false, pat),
        };
        let mut ms = MatchState::new(src, pat);
        let mut s = 0;
        loop {
            if let Some(e) = ms.match_at(s)? {
                let caps = ms
                    .captures(s, e, false)?
                    .into_iter()
                    .map(|c| match c {
                        Cap::Str(a, b) => String::from_utf8_lossy(&src[a..b]).into_owned(),
                        Cap::Pos(p) => p.to_string(),
                    })
                    .collect();
                return Ok(Some((s + 1, e, caps)));
            }
            s += 1;
            if anchor || s > src.len() {
                return Ok(None);
            }
        }
    }

    fn found(src: &str, pat: &str) -> (usize, usize, Vec<String>) {
        find(src, pat).expect("valid pattern").expect("a match")
    }

    fn err(src: &str, pat: &str) -> String {
        find(src, pat).expect_err("an error")
    }

    #[test]
    fn errors_match_lua() {
        // Messages printed by lua5.4 for string.find(src, pat).
        assert_eq!(err("abc", "%1"), "invalid capture index %1");
        assert_eq!(err("abc", "(a)%2"), "invalid capture index %2");
        assert_eq!(err("abc", "(a%1)"), "invalid capture index %1");
        assert_eq!(err("abc", "%0"), "invalid capture index %0");
        assert_eq!(err("abc", "a%"), "malformed pattern (ends with '%')");
        assert_eq!(err("abc", "[a"), "malformed pattern (missing ']')");
        assert_eq!(err("abc", "[a%"), "malformed pattern (missing ']')");
        assert_eq!(err("abc", "[]"), "malformed pattern (missing ']')");
        assert_eq!(err("abc", "[^]"), "malformed pattern (missing ']')");
        assert_eq!(err("abc", "%f"), "missing '[' after '%f' in pattern");
        assert_eq!(err("abc", "%fa"), "missing '[' after '%f' in pattern");
        assert_eq!(err("abc", "%b"), "malformed pattern (missing arguments to '%b')");
        assert_eq!(err("abc", "%ba"), "malformed pattern (missing arguments to '%b')");
        assert_eq!(err("abc", &"(".repeat(33)), "too many captures");
        assert_eq!(err("abc", "a)"), "invalid pattern capture");
        assert_eq!(err(&"a".repeat(300), &"a?".repeat(300)), "pattern too complex");
        assert_eq!(err(&"a".repeat(300), &".-".repeat(250)), "pattern too complex");
    }

    #[test]
    fn unfinished_capture_is_reported_when_read() {
        let mut ms = MatchState::new(b"abc", b"(a");
        assert_eq!(ms.match_at(0), Ok(Some(1)));
        assert_eq!(ms.captures(0, 1, true), Err("unfinished capture".to_string()));
    }

    #[test]
    fn finds_like_lua() {
        // Results printed by lua5.4.
        assert_eq!(found("  key = val  ", "^%s*(%w+)%s*=%s*(%w+)%s*$"), (1, 13, vec!["key".into(), "val".into()]));
        assert_eq!(found("THE (quick) fox", "%((%a+)%)"), (5, 11, vec!["quick".into()]));
        assert_eq!(found("f(a(b)c)d", "%b()"), (2, 8, vec![]));
        assert_eq!(found("THE (quick) fox", "%f[%a]%a+"), (1, 3, vec![]));
        assert_eq!(found("2024-01-05", "(%d+)-(%d+)-(%d+)"), (1, 10, vec!["2024".into(), "01".into(), "05".into()]));
        assert_eq!(found("abcabc", "(a)(b)c%1%2"), (1, 5, vec!["a".into(), "b".into()]));
        assert_eq!(found("abc", "()b()"), (2, 2, vec!["2".into(), "3".into()]));
        assert_eq!(found("a()b", "%(%)"), (2, 3, vec![]));
        assert_eq!(found("hello", "l+"), (3, 4, vec![]));
        assert_eq!(found("hello", "l-o"), (3, 5, vec![]));
        assert_eq!(found("hello", "x*"), (1, 0, vec![]));
        assert_eq!(found("hello", "[^hel]"), (5, 5, vec![]));
        assert_eq!(found("a-b", "[a%-]+"), (1, 2, vec![]));
        assert_eq!(found("a]b", "[]]"), (2, 2, vec![]));
        assert_eq!(found("x^y", "[x^]+"), (1, 2, vec![]));
        assert_eq!(found("abc", "c$"), (3, 3, vec![]));
        assert_eq!(found("a$c", "$c"), (2, 3, vec![]));
        assert_eq!(found("A1_b", "%W"), (3, 3, vec![]));
        assert_eq!(found("ab\x0bc", "%s"), (3, 3, vec![]));
        assert_eq!(found("aXb", "%u"), (2, 2, vec![]));
        assert_eq!(found("abc", "[%a][%d]?"), (1, 1, vec![]));
        assert_eq!(found("THE END", "%f[%w]%w+$"), (5, 7, vec![]));
        assert_eq!(found("x=1", "()=()"), (2, 2, vec!["2".into(), "3".into()]));
        assert!(find("hello", "^l").expect("valid").is_none());
        assert!(find("abc", "()%1").expect("valid").is_none());
    }

    #[test]
    fn classes() {
        for c in 0..=255u8 {
            assert_eq!(match_class(c, b'p'), c.is_ascii_graphic() && !c.is_ascii_alphanumeric());
            assert_eq!(match_class(c, b'S'), !matches!(c, 9..=13 | 32));
            assert_eq!(match_class(c, b'c'), c < 32 || c == 127);
        }
        assert!(match_class(0, b'z') && !match_class(b'z', b'z') && match_class(b'a', b'Z'));
        assert!(match_class(b'.', b'.'));
        assert!(!match_class(b'x', b'.'));
    }

    #[test]
    fn plain_search() {
        assert_eq!(find_plain(b"hello", b"ll", 0), Some(2));
        assert_eq!(find_plain(b"hello", b"ll", 3), None);
        assert_eq!(find_plain(b"hello", b"", 5), Some(5));
        assert_eq!(find_plain(b"hi", b"hello", 0), None);
        assert!(no_specials(b"abc d"));
        assert!(!no_specials(b"a.b"));
    }
}
