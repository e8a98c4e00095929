//! The C declaration parser of `ffi.cdef` and of type strings (`ffi.new("int[?]")`).
//!
//! A hand-written tokenizer and recursive-descent parser for the declaration
//! subset of C that LuaJIT's `ffi.cdef` accepts: prototypes, typedefs, structs,
//! unions (bit-fields, anonymous members, flexible arrays, packing), enums,
//! constant expressions, pointers, arrays and function pointers, `$`
//! parameters. Declared names go to `Types::{typedefs, tags, symbols}`.
//! Preprocessed system headers (`cc -E -P`) parse, inline function bodies
//! being skipped as LuaJIT does.
//!
//! Not supported (a clear error): `long double`, `_Complex`, `__int128`,
//! vector types, `sizeof` of an expression, C++ references.
//!
//! Errors read as LuaJIT's: "<what> near '<token>' at line <n>" (syntax) or
//! "<what> at line <n>" (a named declaration is wrong), without the line when
//! it is the first; the Lua caller's position is added by `ffi.cdef`. No input
//! makes the parser panic: nesting depth is bounded and constant arithmetic
//! wraps.

use crate::ctype::{qual, Kind, Prim, RecordAttrs, Symbol, TypeId, Types};
use std::rc::Rc;

/// Parse a chunk of C declarations into `types`. On error, declarations
/// before the faulty one stay declared (as in LuaJIT).
pub fn parse_cdef(types: &mut Types, src: &str) -> Result<(), String> {
    parse_cdef_with(types, src, &[])
}

/// Parse an abstract type name ("int", "struct foo *", "int[?]", "int(*)(int)").
/// Returns the type and whether its outermost array was written `[?]`.
pub fn parse_type(types: &mut Types, src: &str) -> Result<ParsedType, String> {
    parse_type_with(types, src, &[])
}

/// A value for a `$` in a declaration or type string (LuaJIT's
/// `ffi.typeof("$ *", ct)`, `ffi.cdef("typedef $ t;", ct)`), used in order.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeParam {
    /// Where a type is expected (a ctype or cdata argument).
    Type(TypeId),
    /// In a constant expression, e.g. an array size (a number argument).
    Int(i64),
    /// Where a name is expected: a declarator, struct/union/enum tag (a
    /// string argument).
    Name(String),
}

/// `parse_cdef` with values for the `$` in `src`.
pub fn parse_cdef_with(types: &mut Types, src: &str, params: &[TypeParam]) -> Result<(), String> {
    let toks = tokenize(src)?;
    let mut p = Parser::new(types, toks, true);
    p.params = params.to_vec();
    while !p.at_eof() {
        p.declaration()?;
    }
    p.all_params_used()
}

/// LuaJIT's error for too few or too many values for the `$` of a declaration.
const WRONG_PARAM_COUNT: &str = "wrong number of type parameters";

/// `parse_type` with values for the `$` in `src`.
pub fn parse_type_with(types: &mut Types, src: &str, params: &[TypeParam]) -> Result<ParsedType, String> {
    let toks = tokenize(src)?;
    let mut p = Parser::new(types, toks, false);
    p.params = params.to_vec();
    let spec = p.specifiers()?;
    if spec.storage != Storage::None {
        return p.err_line("invalid C type");
    }
    let d = p.declarator(Mode::Abstract)?;
    if !p.at_eof() {
        return p.err_near("'<eof>' expected");
    }
    p.all_params_used()?;
    let ty = p.apply(spec.ty, &d.derivs, true)?;
    let vla = matches!(p.types.kind(ty), Kind::Array { len: None, .. });
    Ok(ParsedType { ty, vla })
}

/// A parsed abstract type name.
pub struct ParsedType {
    pub ty: TypeId,
    /// The type is an array of unknown length (`int[?]`, or a typedef of
    /// one): its length comes from `ffi.new`'s next argument.
    pub vla: bool,
}

// ---------------------------------------------------------------- tokens

/// A `#pragma pack` directive, applied when the parser moves past it.
#[derive(Clone, Debug, PartialEq)]
enum PackOp {
    /// `pack(n)` (`None`: `pack()`, natural alignment).
    Set(Option<usize>),
    /// `pack(push)` or `pack(push, n)`.
    Push(Option<usize>),
    Pop,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Int(i64),
    Str(String),
    Punct(&'static str),
    Pack(PackOp),
    Eof,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    /// The source text, for error messages.
    text: String,
    line: u32,
}

/// Punctuators, longest first so that the first match is the longest.
const PUNCTS: &[&str] = &[
    "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=",
    "-=", "&=", "^=", "|=", "##", "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">",
    "^", "|", "?", ":", ";", "=", ",", "#", "$",
];

/// Split `src` into tokens (ending with `Tok::Eof`). Preprocessor lines are
/// dropped, except `#pragma pack` which becomes a `Tok::Pack`.
fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut lx = Lexer { src, b: src.as_bytes(), i: 0, line: 1, line_start: true, toks: Vec::new() };
    while lx.skip_blanks()? {
        let c = lx.b[lx.i];
        if c == b'#' && lx.line_start {
            lx.directive()?;
            continue;
        }
        lx.line_start = false;
        if c.is_ascii_alphabetic() || c == b'_' {
            lx.word();
        } else if c.is_ascii_digit() || (c == b'.' && lx.b.get(lx.i + 1).is_some_and(|d| d.is_ascii_digit())) {
            lx.number()?;
        } else if c == b'\'' || c == b'"' {
            lx.quoted(c)?;
        } else {
            lx.punct()?;
        }
    }
    let line = lx.line;
    lx.toks.push(Token { tok: Tok::Eof, text: "<eof>".to_string(), line });
    Ok(lx.toks)
}

/// The tokenizer's state: position `i` in `b` (the bytes of `src`).
struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    i: usize,
    line: u32,
    /// Only blanks so far on this line (a `#` here starts a directive).
    line_start: bool,
    toks: Vec<Token>,
}

impl Lexer<'_> {
    fn err<T>(&self, what: &str, text: &[u8], line: u32) -> Result<T, String> {
        Err(at_line(format!("{what} near '{}'", String::from_utf8_lossy(text)), line))
    }

    fn push(&mut self, tok: Tok, start: usize) {
        let text = String::from_utf8_lossy(&self.b[start..self.i]).into_owned();
        self.toks.push(Token { tok, text, line: self.line });
    }

    /// Skip white space and comments; false at the end of the input.
    fn skip_blanks(&mut self) -> Result<bool, String> {
        let b = self.b;
        while self.i < b.len() {
            let rest = &b[self.i..];
            if rest[0] == b'\n' {
                self.line += 1;
                self.line_start = true;
                self.i += 1;
            } else if rest[0].is_ascii_whitespace() {
                self.i += 1;
            } else if rest.starts_with(b"\\\n") || rest.starts_with(b"\\\r\n") {
                // A backslash-newline continuation joins the lines (as C's
                // translation phase 2 does), wherever it is outside a token.
                self.line += 1;
                self.i += if rest[1] == b'\r' { 3 } else { 2 };
            } else if rest.starts_with(b"//") {
                while self.i < b.len() && b[self.i] != b'\n' {
                    self.i += 1;
                }
            } else if rest.starts_with(b"/*") {
                let start_line = self.line;
                let Some(len) = rest[2..].windows(2).position(|w| w == b"*/") else {
                    return self.err("unfinished comment", b"/*", start_line);
                };
                self.line += rest[..len + 2].iter().filter(|&&c| c == b'\n').count() as u32;
                self.i += len + 4;
            } else {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A preprocessor line (at its `#`), to the end of the line with `\`
    /// continuations: dropped unless it is `#pragma pack`.
    fn directive(&mut self) -> Result<(), String> {
        let (b, dline) = (self.b, self.line);
        let mut text = Vec::new();
        self.i += 1;
        while self.i < b.len() && b[self.i] != b'\n' {
            if b[self.i] == b'\\' && b.get(self.i + 1) == Some(&b'\n') {
                self.line += 1;
                self.i += 2;
                continue;
            }
            text.push(b[self.i]);
            self.i += 1;
        }
        let text = String::from_utf8_lossy(&text).into_owned();
        if let Some(op) = pragma_pack(&text).map_err(|e| at_line(e, dline))? {
            self.toks.push(Token { tok: Tok::Pack(op), text: format!("#{text}"), line: dline });
        }
        Ok(())
    }

    fn word(&mut self) {
        let start = self.i;
        while self.i < self.b.len() && (self.b[self.i].is_ascii_alphanumeric() || self.b[self.i] == b'_') {
            self.i += 1;
        }
        let s = String::from_utf8_lossy(&self.b[start..self.i]).into_owned();
        self.push(Tok::Ident(s), start);
    }

    /// An integer literal (a floating one is malformed: C declarations have none).
    fn number(&mut self) -> Result<(), String> {
        let start = self.i;
        while self.i < self.b.len() && (self.b[self.i].is_ascii_alphanumeric() || matches!(self.b[self.i], b'_' | b'.'))
        {
            self.i += 1;
        }
        let text = &self.b[start..self.i];
        let Some(v) = int_literal(text) else { return self.err("malformed number", text, self.line) };
        self.push(Tok::Int(v as i64), start);
        Ok(())
    }

    /// A character constant (`'a'`, `'\n'`: an int) or a string literal.
    fn quoted(&mut self, quote: u8) -> Result<(), String> {
        let (b, start) = (self.b, self.i);
        self.i += 1;
        let mut val = Vec::new();
        loop {
            match b.get(self.i) {
                None | Some(b'\n') => return self.err("unfinished literal", &b[start..self.i], self.line),
                Some(&q) if q == quote => break,
                Some(b'\\') => {
                    let Some((byte, next)) = escape(b, self.i + 1) else {
                        return self.err("invalid escape sequence", &b[start..(self.i + 2).min(b.len())], self.line);
                    };
                    val.push(byte);
                    self.i = next;
                }
                Some(&x) => {
                    val.push(x);
                    self.i += 1;
                }
            }
        }
        self.i += 1;
        let tok = if quote == b'"' {
            Tok::Str(String::from_utf8_lossy(&val).into_owned())
        } else {
            // A character constant has type int; plain char is signed.
            match val.as_slice() {
                [x] => Tok::Int(*x as i8 as i64),
                _ => return self.err("invalid character constant", &b[start..self.i], self.line),
            }
        };
        self.push(tok, start);
        Ok(())
    }

    fn punct(&mut self) -> Result<(), String> {
        let start = self.i;
        match PUNCTS.iter().find(|p| self.b[start..].starts_with(p.as_bytes())) {
            Some(p) => {
                self.i += p.len();
                self.push(Tok::Punct(p), start);
                Ok(())
            }
            None => {
                // Show the whole (possibly multi-byte) character.
                let len = self.src[start..].chars().next().map_or(1, |ch| ch.len_utf8());
                self.err("unexpected symbol", &self.b[start..start + len], self.line)
            }
        }
    }
}

/// The value of an integer literal (decimal, hex, octal; suffixes u, l, ll in
/// any case and order). `None` when malformed or above 2^64-1.
fn int_literal(text: &[u8]) -> Option<u64> {
    let s = std::str::from_utf8(text).ok()?;
    let digits = s.trim_end_matches(['u', 'U', 'l', 'L']);
    let suffix = &s[digits.len()..].to_ascii_lowercase();
    if !matches!(suffix.as_str(), "" | "u" | "l" | "ul" | "lu" | "ll" | "ull" | "llu") {
        return None;
    }
    let (radix, body) = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        (16, h)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(body, radix).ok()
}

/// Decode the escape sequence after a backslash at `b[i]`: the byte and the
/// index after the sequence.
fn escape(b: &[u8], i: usize) -> Option<(u8, usize)> {
    let c = *b.get(i)?;
    let simple = match c {
        b'n' => Some(b'\n'),
        b't' => Some(b'\t'),
        b'r' => Some(b'\r'),
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'v' => Some(11),
        b'\\' | b'\'' | b'"' | b'?' => Some(c),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, i + 1));
    }
    if c == b'x' {
        let mut j = i + 1;
        let mut v: u32 = 0;
        while j < b.len() && b[j].is_ascii_hexdigit() && j < i + 3 {
            v = v * 16 + (b[j] as char).to_digit(16)?;
            j += 1;
        }
        return (j > i + 1).then_some((v as u8, j));
    }
    if (b'0'..=b'7').contains(&c) {
        let mut j = i;
        let mut v: u32 = 0;
        while j < b.len() && (b'0'..=b'7').contains(&b[j]) && j < i + 3 {
            v = v * 8 + (b[j] - b'0') as u32;
            j += 1;
        }
        return Some((v as u8, j));
    }
    None
}

/// Recognise `pragma pack(...)` in a directive's text (after the `#`).
fn pragma_pack(text: &str) -> Result<Option<PackOp>, String> {
    let words: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(args) = words.strip_prefix("pragmapack(").and_then(|r| r.strip_suffix(')')) else {
        return Ok(None);
    };
    let parse_n = |s: &str| -> Result<Option<usize>, String> {
        match s.parse::<usize>() {
            Ok(0) => Ok(None),
            Ok(n) if n.is_power_of_two() && n <= 16 => Ok(Some(n)),
            _ => Err(format!("invalid alignment in '#{}'", text.trim())),
        }
    };
    let op = match args.split(',').collect::<Vec<_>>().as_slice() {
        [""] => PackOp::Set(None),
        ["push"] => PackOp::Push(None),
        ["pop"] => PackOp::Pop,
        ["push", n] => PackOp::Push(Some(parse_n(n)?.unwrap_or(0)).filter(|&n| n > 0)),
        [n] => PackOp::Set(parse_n(n)?),
        _ => return Err(format!("invalid '#{}'", text.trim())),
    };
    Ok(Some(op))
}

// ---------------------------------------------------------------- parser

/// Deepest nesting of declarators, expressions and records: deeper input is
/// rejected rather than overflowing the Rust stack.
const MAX_DEPTH: u32 = 200;

/// Largest size of a C type (as LuaJIT).
const MAX_SIZE: usize = 0x7fff_ffff;

/// Words that can never be a declarator name.
const KEYWORDS: &[&str] = &[
    "typedef",
    "extern",
    "static",
    "auto",
    "register",
    "inline",
    "__inline",
    "__inline__",
    "_Noreturn",
    "__extension__",
    "const",
    "__const",
    "__const__",
    "volatile",
    "__volatile",
    "__volatile__",
    "restrict",
    "__restrict",
    "__restrict__",
    "void",
    "char",
    "short",
    "int",
    "long",
    "float",
    "double",
    "signed",
    "__signed",
    "__signed__",
    "unsigned",
    "bool",
    "_Bool",
    "struct",
    "union",
    "enum",
    "__attribute__",
    "__attribute",
    "__declspec",
    "__cdecl",
    "__stdcall",
    "__fastcall",
    "__thiscall",
    "__ptr32",
    "__ptr64",
    "_Complex",
    "__complex__",
    "sizeof",
    "__alignof__",
    "__alignof",
    "_Alignof",
    "alignof",
    "asm",
    "__asm",
    "__asm__",
    "_Static_assert",
    "static_assert",
];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Storage {
    None,
    Typedef,
    Extern,
    Static,
}

/// The declaration specifiers: the base type (with its qualifiers) and the
/// storage class.
struct Spec {
    ty: TypeId,
    storage: Storage,
    /// The type came from a `struct`/`union` specifier without declarators of
    /// its own in this specifier (for anonymous members).
    record: Option<RecordSpec>,
    /// `__attribute__((aligned(n)))` among the specifiers (used for members).
    aligned: Option<usize>,
    /// `__attribute__((packed))` among the specifiers (used for members).
    packed: bool,
}

/// What a `struct`/`union` specifier was, for anonymous members.
#[derive(Clone, Copy)]
struct RecordSpec {
    /// It had a body here (`struct { ... }` or `struct tag { ... }`).
    has_body: bool,
}

/// One step of a declarator, applied to the base type in order.
#[derive(Clone, Debug)]
enum Deriv {
    Ptr(u8),
    /// Length (`None` for `[]` and `[?]`), and whether it was `[?]`.
    Array(Option<usize>, bool),
    Func {
        params: Vec<(String, TypeId)>,
        variadic: bool,
    },
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// A name is required (declarations, struct members).
    Named,
    /// No name (type names, casts).
    Abstract,
    /// Either (parameters).
    Either,
}

struct Declarator {
    name: Option<String>,
    derivs: Vec<Deriv>,
    /// `__asm__("symbol")` redirection.
    asm: Option<String>,
    /// `__attribute__((aligned(n)))` on the declarator (used for members).
    aligned: Option<usize>,
    /// `__attribute__((packed))` on the declarator (used for members).
    packed: bool,
    /// `__attribute__((mode(m)))` on the declarator: integer size in bytes.
    mode: Option<usize>,
}

/// The parameter names of the function `d` declares (its last step is the
/// function; empty when it declares no function).
fn param_names(d: &Declarator) -> Rc<[Rc<str>]> {
    match d.derivs.last() {
        Some(Deriv::Func { params, .. }) => params.iter().map(|(n, _)| Rc::from(n.as_str())).collect(),
        _ => Rc::from([]),
    }
}

/// A `static const` member of a record: name and value.
type RecordConst = (String, i64);

/// A record member as parsed: name, type, bit-field width, minimum alignment,
/// `packed` attribute.
type Member = (String, TypeId, Option<u32>, usize, bool);

/// Record attributes collected from `__attribute__((...))`.
#[derive(Default)]
struct Attrs {
    packed: bool,
    aligned: Option<usize>,
    /// `mode(QI/HI/SI/DI/word/pointer)`: the integer size in bytes.
    mode: Option<usize>,
}

/// The counts of type-specifier keywords in one specifier list.
#[derive(Default)]
struct Words {
    void: u8,
    bool_: u8,
    char_: u8,
    short: u8,
    int: u8,
    long: u8,
    signed: u8,
    unsigned: u8,
    float: u8,
    double: u8,
    complex: u8,
}

impl Words {
    /// Count `word` if it is a type keyword.
    fn add(&mut self, word: &str) -> bool {
        let n = match word {
            "void" => &mut self.void,
            "bool" | "_Bool" => &mut self.bool_,
            "char" => &mut self.char_,
            "short" => &mut self.short,
            "int" => &mut self.int,
            "long" => &mut self.long,
            "signed" | "__signed" | "__signed__" => &mut self.signed,
            "unsigned" => &mut self.unsigned,
            "float" => &mut self.float,
            "double" => &mut self.double,
            "_Complex" | "__complex__" => &mut self.complex,
            _ => return false,
        };
        // Counts above 2 are all invalid: capping keeps the sums small.
        *n = (*n + 1).min(3);
        true
    }

    fn any(&self) -> bool {
        self.void
            + self.bool_
            + self.char_
            + self.short
            + self.int
            + self.long
            + self.signed
            + self.unsigned
            + self.float
            + self.double
            + self.complex
            > 0
    }
}

struct Parser<'t> {
    types: &'t mut Types,
    toks: Vec<Token>,
    pos: usize,
    /// `#pragma pack` state.
    pack: Option<usize>,
    pack_stack: Vec<Option<usize>>,
    depth: u32,
    /// In `ffi.cdef` (true) a `struct tag` reference declares the tag; in a
    /// type string it must already exist (as LuaJIT).
    implicit_tags: bool,
    /// Values for `$`, taken in order (`next_param` is the next one).
    params: Vec<TypeParam>,
    next_param: usize,
}

impl<'t> Parser<'t> {
    fn new(types: &'t mut Types, toks: Vec<Token>, implicit_tags: bool) -> Parser<'t> {
        let mut p = Parser {
            types,
            toks,
            pos: 0,
            pack: None,
            pack_stack: Vec::new(),
            depth: 0,
            implicit_tags,
            params: Vec::new(),
            next_param: 0,
        };
        p.apply_pragmas();
        p
    }

    // ---- token access

    fn cur(&self) -> &Token {
        &self.toks[self.pos]
    }

    fn at_eof(&self) -> bool {
        self.cur().tok == Tok::Eof
    }

    fn is(&self, punct: &str) -> bool {
        matches!(self.cur().tok, Tok::Punct(p) if p == punct)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(&self.cur().tok, Tok::Ident(s) if s == word)
    }

    /// The token `n` places ahead (pragmas count as tokens here).
    fn peek(&self, n: usize) -> &Token {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)]
    }

    fn bump(&mut self) {
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        self.apply_pragmas();
    }

    /// Consume `#pragma pack` tokens at the current position.
    fn apply_pragmas(&mut self) {
        while let Tok::Pack(op) = &self.toks[self.pos].tok {
            match op.clone() {
                PackOp::Set(n) => self.pack = n,
                PackOp::Push(n) => {
                    self.pack_stack.push(self.pack);
                    if n.is_some() {
                        self.pack = n;
                    }
                }
                PackOp::Pop => self.pack = self.pack_stack.pop().unwrap_or(None),
            }
            self.pos += 1;
        }
    }

    fn accept(&mut self, punct: &str) -> bool {
        if self.is(punct) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, punct: &str) -> Result<(), String> {
        if self.accept(punct) {
            Ok(())
        } else {
            self.err_near(&format!("'{punct}' expected"))
        }
    }

    /// A syntax error at the current token.
    fn err_near<T>(&self, what: &str) -> Result<T, String> {
        let t = self.cur();
        Err(at_line(format!("{what} near '{}'", t.text), t.line))
    }

    /// An error about a named declaration, at the current line.
    fn err_line<T>(&self, what: &str) -> Result<T, String> {
        Err(at_line(what.to_string(), self.cur().line))
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err_near("too many nested levels");
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Every `$` value was used (LuaJIT refuses extra ones too).
    fn all_params_used(&self) -> Result<(), String> {
        if self.next_param < self.params.len() {
            return Err(WRONG_PARAM_COUNT.to_string());
        }
        Ok(())
    }

    /// At a `$`: consume it and its parameter, whose kind `what` names
    /// ("ctype", "number", "string") must match the one `pick` accepts.
    fn param<T>(&mut self, what: &str, pick: impl Fn(&TypeParam) -> Option<T>) -> Result<T, String> {
        let Some(p) = self.params.get(self.next_param) else {
            return Err(WRONG_PARAM_COUNT.to_string());
        };
        let Some(v) = pick(p) else {
            let kind = match p {
                TypeParam::Type(_) => "ctype",
                TypeParam::Int(_) => "number",
                TypeParam::Name(_) => "string",
            };
            return self.err_near(&format!("{what} expected for '$', got {kind}"));
        };
        self.next_param += 1;
        self.bump();
        Ok(v)
    }

    /// Is the current token a `$` whose parameter is a name (or missing: then
    /// taking it reports the wrong parameter count)?
    fn at_name_param(&self) -> bool {
        self.is("$") && matches!(self.params.get(self.next_param), Some(TypeParam::Name(_)) | None)
    }

    /// A name at the current token (an identifier that is not a keyword, or
    /// a `$` with a string parameter), consumed.
    fn take_name(&mut self) -> Result<Option<String>, String> {
        if self.at_name_param() {
            let n = self.param("string", |p| if let TypeParam::Name(n) = p { Some(n.clone()) } else { None })?;
            return Ok(Some(n));
        }
        let name = self.plain_ident();
        if name.is_some() {
            self.bump();
        }
        Ok(name)
    }

    /// The current token as an identifier that is not a keyword.
    fn plain_ident(&self) -> Option<String> {
        match &self.cur().tok {
            Tok::Ident(s) if !KEYWORDS.contains(&s.as_str()) => Some(s.clone()),
            _ => None,
        }
    }

    /// Does `tok` begin a type name (a specifier or qualifier)?
    fn starts_type(&self, tok: &Tok) -> bool {
        if *tok == Tok::Punct("$") {
            // A missing value counts as a type: taking it reports the count.
            return matches!(self.params.get(self.next_param), Some(TypeParam::Type(_)) | None);
        }
        let Tok::Ident(s) = tok else { return false };
        match s.as_str() {
            "sizeof" | "__alignof__" | "__alignof" | "_Alignof" | "alignof" | "asm" | "__asm" | "__asm__"
            | "_Static_assert" | "static_assert" => false,
            w if KEYWORDS.contains(&w) => true,
            w => self.types.typedefs.contains_key(w),
        }
    }

    // ---- declarations

    /// One top-level declaration, up to and including its `;`.
    fn declaration(&mut self) -> Result<(), String> {
        if self.accept(";") {
            return Ok(());
        }
        if self.is_word("_Static_assert") || self.is_word("static_assert") {
            return self.static_assert();
        }
        let spec = self.specifiers()?;
        if self.accept(";") {
            return Ok(());
        }
        loop {
            let line = self.cur().line;
            let d = self.declarator(Mode::Named)?;
            let name = d.name.clone().unwrap_or_default();
            // `typedef int vec_t[?];` names a variable-length array type.
            let ty = self.declared_type(spec.ty, &d, spec.storage == Storage::Typedef)?;
            if self.accept("=") {
                let value = self.const_expr()?;
                self.define_constant(&name, ty, value, line)?;
            } else if spec.storage == Storage::Typedef {
                self.define_typedef(&name, ty, line)?;
            } else {
                let symbol = d.asm.clone().unwrap_or_else(|| name.clone());
                self.define_extern(&name, ty, symbol, param_names(&d), line)?;
                if self.is("{") && matches!(self.types.kind(ty), Kind::Func { .. }) {
                    // A function definition (inline functions of system
                    // headers): declared, its body skipped, as LuaJIT does.
                    return self.skip_balanced("{", "}");
                }
            }
            if self.accept(";") {
                return Ok(());
            }
            self.expect_list_sep(";")?;
        }
    }

    /// `_Static_assert(expr, "message");`: checked like the compiler does.
    fn static_assert(&mut self) -> Result<(), String> {
        self.bump();
        self.expect("(")?;
        let v = self.const_expr()?;
        let mut msg = String::new();
        if self.accept(",") {
            while let Tok::Str(s) = &self.cur().tok {
                msg.push_str(s);
                self.bump();
            }
        }
        self.expect(")")?;
        if v == 0 {
            return self.err_line(&format!("static assertion failed: \"{msg}\""));
        }
        self.expect(";")
    }

    /// After a declarator: `,` (consumed), or an error naming `end`.
    fn expect_list_sep(&mut self, end: &str) -> Result<(), String> {
        if self.accept(",") {
            Ok(())
        } else {
            self.err_near(&format!("'{end}' expected"))
        }
    }

    fn define_typedef(&mut self, name: &str, ty: TypeId, line: u32) -> Result<(), String> {
        if self.types.symbols.contains_key(name) {
            return Err(at_line(format!("attempt to redefine '{name}'"), line));
        }
        if let Some(&old) = self.types.typedefs.get(name) {
            if old != ty {
                return Err(at_line(format!("attempt to redefine '{name}'"), line));
            }
            return Ok(());
        }
        self.types.typedefs.insert(name.to_string(), ty);
        Ok(())
    }

    fn define_extern(
        &mut self,
        name: &str,
        ty: TypeId,
        symbol: String,
        param_names: Rc<[Rc<str>]>,
        line: u32,
    ) -> Result<(), String> {
        if self.types.typedefs.contains_key(name) {
            return Err(at_line(format!("attempt to redefine '{name}'"), line));
        }
        match self.types.symbols.get(name) {
            Some(Symbol::Extern { ty: old, .. }) => {
                let old = *old;
                if old == ty {
                    Ok(())
                } else {
                    Err(at_line(format!("attempt to redefine '{name}'"), line))
                }
            }
            Some(Symbol::Constant { .. }) => Err(at_line(format!("attempt to redefine '{name}'"), line)),
            None => {
                self.types.symbols.insert(name.to_string(), Symbol::Extern { ty, symbol, param_names });
                Ok(())
            }
        }
    }

    /// `static const int NAME = value;`: only constant integer types.
    fn define_constant(&mut self, name: &str, ty: TypeId, value: i64, line: u32) -> Result<(), String> {
        let value = self.constant_value(name, ty, value, line)?;
        if self.types.typedefs.contains_key(name) {
            return Err(at_line(format!("attempt to redefine '{name}'"), line));
        }
        match self.types.symbols.get(name) {
            Some(Symbol::Constant { value: old, .. }) if *old == value => Ok(()),
            Some(_) => Err(at_line(format!("attempt to redefine '{name}'"), line)),
            None => {
                self.types.symbols.insert(name.to_string(), Symbol::Constant { ty, value });
                Ok(())
            }
        }
    }

    /// The value of constant `name` of type `ty` (a const integer or enum
    /// type) initialised with `value`, converted to that type.
    fn constant_value(&self, name: &str, ty: TypeId, value: i64, line: u32) -> Result<i64, String> {
        let c = self.types.get(ty);
        let prim = match c.kind {
            Kind::Prim(p) if p != Prim::Float && p != Prim::Double => Some(p),
            Kind::Enum { .. } => None,
            _ => return Err(at_line(format!("invalid constant initializer for '{name}'"), line)),
        };
        if c.qual & qual::CONST == 0 {
            return Err(at_line(format!("invalid constant initializer for non-const '{name}'"), line));
        }
        Ok(prim.map_or(value as i32 as i64, |p| truncate(p, value)))
    }

    // ---- specifiers

    /// Storage classes, qualifiers and type specifiers, resolved to a type.
    fn specifiers(&mut self) -> Result<Spec, String> {
        let mut words = Words::default();
        let mut storage = Storage::None;
        let mut q = 0u8;
        let mut named: Option<TypeId> = None;
        let mut record = None;
        let mut attrs = Attrs::default();
        loop {
            let name_param = matches!(self.params.get(self.next_param), Some(TypeParam::Name(_)));
            if self.is("$") && named.is_none() && !words.any() && !name_param {
                named = Some(self.param("ctype", |p| if let TypeParam::Type(t) = p { Some(*t) } else { None })?);
                continue;
            }
            let Tok::Ident(w) = &self.cur().tok else { break };
            let w = w.clone();
            match w.as_str() {
                "typedef" | "extern" | "static" => {
                    let s = match w.as_str() {
                        "typedef" => Storage::Typedef,
                        "extern" => Storage::Extern,
                        _ => Storage::Static,
                    };
                    if storage != Storage::None && storage != s {
                        return self.err_near("multiple storage classes");
                    }
                    storage = s;
                }
                "auto" | "register" | "inline" | "__inline" | "__inline__" | "_Noreturn" | "__extension__"
                | "__cdecl" | "__stdcall" | "__fastcall" | "__thiscall" | "restrict" | "__restrict"
                | "__restrict__" => {}
                "const" | "__const" | "__const__" => q |= qual::CONST,
                "volatile" | "__volatile" | "__volatile__" => q |= qual::VOLATILE,
                "__attribute__" | "__attribute" | "__declspec" => {
                    self.more_attributes(&mut attrs)?;
                    continue;
                }
                w if words.add(w) => {}
                "struct" | "union" | "enum" => {
                    if named.is_some() || words.any() {
                        return self.err_near("invalid C type");
                    }
                    let (ty, rec) =
                        if w == "enum" { (self.enum_spec()?, None) } else { self.record_spec(w == "union")? };
                    named = Some(ty);
                    record = rec;
                    continue;
                }
                _ => {
                    // A typedef name, unless a type was already given (then it
                    // is the declarator's name).
                    if named.is_some() || words.any() {
                        break;
                    }
                    match self.types.typedefs.get(&w) {
                        Some(&t) => named = Some(t),
                        None => return self.err_near("declaration specifier expected"),
                    }
                }
            }
            self.bump();
        }
        let ty = match named {
            Some(t) => {
                if words.any() {
                    return self.err_near("invalid C type");
                }
                t
            }
            None => self.keyword_type(&words)?,
        };
        let ty = self.types.qualified(ty, q);
        if named.is_none() || !matches!(self.types.kind(ty), Kind::Struct { .. }) {
            record = None;
        }
        let ty = match attrs.mode {
            Some(m) => self.with_mode(ty, m)?,
            None => ty,
        };
        Ok(Spec { ty, storage, record, aligned: attrs.aligned, packed: attrs.packed })
    }

    /// The type named by a combination of type keywords.
    fn keyword_type(&mut self, w: &Words) -> Result<TypeId, String> {
        if !w.any() {
            return self.err_near("declaration specifier expected");
        }
        if w.complex > 0 {
            return self.err_line("complex types are not supported");
        }
        if w.long > 0 && w.double > 0 {
            return self.err_line("long double is not supported");
        }
        let sign = w.signed + w.unsigned;
        let others = |n: u8| w.void + w.bool_ + w.char_ + w.short + w.int + w.long + w.float + w.double - n;
        let bad = w.signed > 1 || w.unsigned > 1 || sign > 1;
        let prim = if bad {
            None
        } else if w.void == 1 && others(1) == 0 && sign == 0 {
            return Ok(self.types.void(0));
        } else if w.bool_ == 1 && others(1) == 0 && sign == 0 {
            Some(Prim::Bool)
        } else if w.float == 1 && others(1) == 0 && sign == 0 {
            Some(Prim::Float)
        } else if w.double == 1 && others(1) == 0 && sign == 0 {
            Some(Prim::Double)
        } else if w.char_ == 1 && others(1) == 0 {
            Some(if w.unsigned > 0 {
                Prim::UChar
            } else if w.signed > 0 {
                Prim::SChar
            } else {
                Prim::Char
            })
        } else if w.short == 1 && others(1 + w.int) == 0 && w.int <= 1 {
            Some(if w.unsigned > 0 { Prim::UShort } else { Prim::Short })
        } else if (1..=2).contains(&w.long) && others(w.long + w.int) == 0 && w.int <= 1 {
            Some(match (w.long, w.unsigned > 0) {
                (1, false) => Prim::Long,
                (1, true) => Prim::ULong,
                (_, false) => Prim::LongLong,
                (_, true) => Prim::ULongLong,
            })
        } else if w.int <= 1 && others(w.int) == 0 {
            Some(if w.unsigned > 0 { Prim::UInt } else { Prim::Int })
        } else {
            None
        };
        match prim {
            Some(p) => Ok(self.types.prim(p, 0)),
            None => self.err_near("invalid C type"),
        }
    }

    /// `__attribute__((...))`, `__attribute((...))` or `__declspec(...)` at the
    /// current token, skipped except for what applies to records.
    fn attributes(&mut self) -> Result<Attrs, String> {
        let mut attrs = Attrs::default();
        self.more_attributes(&mut attrs)?;
        Ok(attrs)
    }

    /// Parse any run of attribute specifiers into `attrs`.
    fn more_attributes(&mut self, attrs: &mut Attrs) -> Result<(), String> {
        loop {
            let declspec = self.is_word("__declspec");
            if !(declspec || self.is_word("__attribute__") || self.is_word("__attribute")) {
                return Ok(());
            }
            self.bump();
            self.expect("(")?;
            if !declspec {
                self.expect("(")?;
            }
            // A comma-separated list of `name` or `name(args)`.
            while !self.is(")") {
                let Tok::Ident(name) = &self.cur().tok else { return self.err_near("'<identifier>' expected") };
                let name = name.trim_matches('_').to_string();
                self.bump();
                match name.as_str() {
                    "packed" => attrs.packed = true,
                    "aligned" | "align" => {
                        let n = if self.accept("(") {
                            let n = self.const_expr()?;
                            self.expect(")")?;
                            n
                        } else {
                            16 // the largest alignment of any x86-64 type
                        };
                        if !(1..=4096).contains(&n) || !(n as u64).is_power_of_two() {
                            return self.err_near("invalid alignment");
                        }
                        attrs.aligned = Some(attrs.aligned.unwrap_or(1).max(n as usize));
                        continue;
                    }
                    "mode" => {
                        self.expect("(")?;
                        let m = match &self.cur().tok {
                            Tok::Ident(m) => m.trim_matches('_').to_string(),
                            _ => return self.err_near("'<identifier>' expected"),
                        };
                        attrs.mode = Some(match m.as_str() {
                            "QI" | "byte" => 1,
                            "HI" => 2,
                            "SI" => 4,
                            "DI" | "word" | "pointer" => 8,
                            _ => return self.err_line(&format!("mode '{m}' is not supported")),
                        });
                        self.bump();
                        self.expect(")")?;
                        continue;
                    }
                    "vector_size" => return self.err_line(&format!("attribute '{name}' is not supported")),
                    _ => {}
                }
                if self.is("(") {
                    self.skip_balanced("(", ")")?;
                }
                if !self.accept(",") {
                    break;
                }
            }
            self.expect(")")?;
            if !declspec {
                self.expect(")")?;
            }
        }
    }

    /// Skip a bracketed token run starting at the current `open` token,
    /// through its matching `close`.
    fn skip_balanced(&mut self, open: &str, close: &str) -> Result<(), String> {
        let mut level = 0usize;
        loop {
            if self.at_eof() {
                return self.err_near(&format!("'{close}' expected"));
            }
            if self.is(open) {
                level += 1;
            } else if self.is(close) {
                level -= 1;
                if level == 0 {
                    self.bump();
                    return Ok(());
                }
            }
            self.bump();
        }
    }

    /// A `struct` or `union` specifier (at the keyword).
    /// Is `tag` already a tag of a kind other than `kind` ("struct", "union"
    /// or "enum")? The three share one namespace in C.
    fn tag_of_other_kind(&self, kind: &str, tag: &str) -> bool {
        ["struct", "union", "enum"].iter().any(|k| *k != kind && self.types.tags.contains_key(&format!("{k} {tag}")))
    }

    fn record_spec(&mut self, union: bool) -> Result<(TypeId, Option<RecordSpec>), String> {
        self.bump();
        let mut attrs = self.attributes()?;
        let tag = self.take_name()?;
        self.more_attributes(&mut attrs)?;
        let key = format!("{} {}", if union { "union" } else { "struct" }, tag.as_deref().unwrap_or(""));
        if !self.is("{") {
            let Some(tag) = tag else { return self.err_near("'<identifier>' expected") };
            if let Some(&id) = self.types.tags.get(&key) {
                return Ok((id, Some(RecordSpec { has_body: false })));
            }
            if self.tag_of_other_kind(if union { "union" } else { "struct" }, &tag) {
                return self.err_line(&format!("attempt to redefine '{tag}'"));
            }
            if !self.implicit_tags {
                return self.err_line(&format!("undeclared or implicit tag '{tag}'"));
            }
            return Ok((self.types.declare_record(&tag, union), Some(RecordSpec { has_body: false })));
        }
        let line = self.cur().line;
        let fresh = tag.is_some() && !self.types.tags.contains_key(&key);
        let id = match &tag {
            Some(t) => {
                if self.tag_of_other_kind(if union { "union" } else { "struct" }, t) {
                    return Err(at_line(format!("attempt to redefine '{t}'"), line));
                }
                let id = self.types.declare_record(t, union);
                if matches!(self.types.kind(id), Kind::Struct { body: Some(_), .. }) {
                    return Err(at_line(format!("attempt to redefine '{t}'"), line));
                }
                id
            }
            None => self.types.declare_record("", union),
        };
        if let Err(e) = self.record_body(id, &mut attrs, line) {
            // A failed definition declares no tag (as LuaJIT).
            if fresh {
                self.types.tags.remove(&key);
            }
            return Err(e);
        }
        Ok((id, Some(RecordSpec { has_body: true })))
    }

    /// The body of record `id` (at its `{`) and the attributes after it; completes the record.
    fn record_body(&mut self, id: TypeId, attrs: &mut Attrs, line: u32) -> Result<(), String> {
        let pack = self.pack;
        self.enter()?;
        self.bump();
        let (members, consts) = self.members()?;
        self.expect("}")?;
        self.leave();
        self.more_attributes(attrs)?;
        let record_attrs = RecordAttrs {
            packed: attrs.packed,
            pack,
            align: attrs.aligned.unwrap_or(1),
            member_aligns: members.iter().map(|m| m.3).collect(),
            member_packed: members.iter().map(|m| m.4).collect(),
        };
        let members = members.into_iter().map(|(n, t, w, _, _)| (n, t, w)).collect();
        let res = self.types.complete_record_with(id, members, &record_attrs);
        if !consts.is_empty() {
            self.types.record_consts.insert(id, consts);
        }
        res.map_err(|e| at_line(e.to_string(), line))
    }

    /// The member declarations of a record body, up to its `}`: name, type,
    /// bit-field width and minimum alignment (1 unless `aligned(n)`); and its
    /// `static const` integer members (name, value).
    fn members(&mut self) -> Result<(Vec<Member>, Vec<RecordConst>), String> {
        let mut members: Vec<Member> = Vec::new();
        let mut consts = Vec::new();
        while !self.is("}") {
            if self.accept(";") {
                continue;
            }
            if self.at_eof() {
                return self.err_near("'}' expected");
            }
            let spec = self.specifiers()?;
            if spec.storage == Storage::Static {
                self.static_const_members(spec.ty, &mut consts)?;
                continue;
            }
            if spec.storage != Storage::None {
                return self.err_near("invalid C type");
            }
            if spec.record.is_none() && self.is(";") {
                // `int;` declares nothing (LuaJIT's error).
                return self.err_near("'<identifier>' expected");
            }
            if self.accept(";") {
                // `struct { ... };` or `struct tag;` inside a record: an
                // anonymous member, unless it names a still incomplete tag.
                if let Some(rec) = spec.record {
                    let complete = self.types.layout(spec.ty).is_some();
                    if rec.has_body || complete {
                        members.push((String::new(), spec.ty, None, spec.aligned.unwrap_or(1), spec.packed));
                    }
                }
                continue;
            }
            loop {
                let line = self.cur().line;
                let (name, ty, mut aligned, mut packed) = if self.is(":") {
                    (String::new(), spec.ty, spec.aligned, spec.packed)
                } else {
                    let d = self.declarator(Mode::Named)?;
                    let ty = self.declared_type(spec.ty, &d, true)?;
                    (d.name.unwrap_or_default(), ty, spec.aligned.max(d.aligned), spec.packed || d.packed)
                };
                let width = if self.accept(":") {
                    let w = self.const_expr()?;
                    if !(0..=64).contains(&w) || (w == 0 && !name.is_empty()) {
                        return Err(at_line(format!("invalid bit-field width {w}"), line));
                    }
                    Some(w as u32)
                } else {
                    None
                };
                let trailing = self.attributes()?;
                aligned = aligned.max(trailing.aligned);
                packed |= trailing.packed;
                if !name.is_empty() && members.iter().any(|m| m.0 == name) {
                    return Err(at_line(format!("duplicate member '{name}'"), line));
                }
                members.push((name, ty, width, aligned.unwrap_or(1), packed));
                if self.accept(";") {
                    break;
                }
                self.expect_list_sep(";")?;
            }
        }
        // A `[]`/`[?]` array is only allowed as the very last member.
        let n = members.len();
        for (i, (name, ty, ..)) in members.iter().enumerate() {
            if i + 1 < n && matches!(self.types.kind(*ty), Kind::Array { len: None, .. }) {
                return self.err_line(&format!("flexible array member '{name}' must be last"));
            }
        }
        Ok((members, consts))
    }

    /// `static const int A = 1, B = 2;` inside a record body, after the
    /// specifiers: each name and value goes to `out`.
    fn static_const_members(&mut self, base: TypeId, out: &mut Vec<RecordConst>) -> Result<(), String> {
        loop {
            let line = self.cur().line;
            let d = self.declarator(Mode::Named)?;
            let ty = self.declared_type(base, &d, false)?;
            let name = d.name.unwrap_or_default();
            self.expect("=")?;
            let value = self.const_expr()?;
            out.push((name.clone(), self.constant_value(&name, ty, value, line)?));
            if self.accept(";") {
                return Ok(());
            }
            self.expect_list_sep(";")?;
        }
    }

    /// An `enum` specifier (at the keyword). The constants become
    /// `Symbol::Constant` with the enum's type.
    fn enum_spec(&mut self) -> Result<TypeId, String> {
        self.bump();
        self.attributes()?;
        let tag = self.take_name()?;
        self.attributes()?;
        let key = format!("enum {}", tag.as_deref().unwrap_or(""));
        if !self.accept("{") {
            let Some(tag) = tag else { return self.err_near("'<identifier>' expected") };
            if let Some(&id) = self.types.tags.get(&key) {
                return Ok(id);
            }
            if !self.implicit_tags {
                return self.err_line(&format!("undeclared or implicit tag '{tag}'"));
            }
            return Ok(self.types.declare_enum(&tag, false));
        }
        if let Some(t) = tag.as_deref().filter(|t| self.tag_of_other_kind("enum", t)) {
            return self.err_line(&format!("attempt to redefine '{t}'"));
        }
        let existing = self.types.tags.get(&key).copied();
        if let (Some(id), Some(t)) = (existing, &tag) {
            let defined = self.types.symbols.values().any(|s| matches!(s, Symbol::Constant { ty, .. } if *ty == id));
            if defined {
                return self.err_line(&format!("attempt to redefine '{t}'"));
            }
        }
        // Constants get `int` while the body is read (later values may use
        // earlier ones), then the enum's type.
        let int = self.types.prim(Prim::Int, 0);
        let mut names = Vec::new();
        let mut next: i64 = 0;
        // As LuaJIT (and GCC): unsigned unless a constant is negative, and
        // unsigned anyway when one is above INT_MAX.
        let mut unsigned = false;
        let mut negative = false;
        loop {
            if self.accept("}") {
                break;
            }
            let Some(name) = self.plain_ident() else { return self.err_near("'<identifier>' expected") };
            let line = self.cur().line;
            self.bump();
            self.attributes()?;
            if self.accept("=") {
                next = self.const_expr()?;
            }
            if next < i32::MIN as i64 || next > u32::MAX as i64 {
                return Err(at_line(format!("value of '{name}' out of range"), line));
            }
            unsigned |= next > i32::MAX as i64;
            negative |= next < 0;
            if self.types.symbols.contains_key(&name) || self.types.typedefs.contains_key(&name) {
                return Err(at_line(format!("attempt to redefine '{name}'"), line));
            }
            self.types.symbols.insert(name.clone(), Symbol::Constant { ty: int, value: next });
            names.push(name);
            next = next.wrapping_add(1);
            if !self.accept(",") {
                self.expect("}")?;
                break;
            }
        }
        let unsigned = unsigned || !negative;
        let id = match existing {
            Some(id) => id,
            None => self.types.declare_enum(tag.as_deref().unwrap_or(""), unsigned),
        };
        for n in names {
            if let Some(Symbol::Constant { ty, .. }) = self.types.symbols.get_mut(&n) {
                *ty = id;
            }
        }
        Ok(id)
    }

    // ---- declarators

    /// A (possibly abstract) declarator: pointers, a name or a parenthesised
    /// declarator, then array and function suffixes; and trailing
    /// `__asm__("symbol")` and attributes.
    fn declarator(&mut self, mode: Mode) -> Result<Declarator, String> {
        self.enter()?;
        let mut derivs = Vec::new();
        let mut attrs = self.attributes()?;
        while self.accept("*") {
            let mut q = 0;
            while let Tok::Ident(w) = &self.cur().tok {
                match w.as_str() {
                    "const" | "__const" | "__const__" => q |= qual::CONST,
                    "volatile" | "__volatile" | "__volatile__" => q |= qual::VOLATILE,
                    "restrict" | "__restrict" | "__restrict__" | "__ptr32" | "__ptr64" | "__cdecl" | "__stdcall"
                    | "__fastcall" | "__thiscall" => {}
                    "__attribute__" | "__attribute" => {
                        self.more_attributes(&mut attrs)?;
                        continue;
                    }
                    _ => break,
                }
                self.bump();
            }
            derivs.push(Deriv::Ptr(q));
        }
        let mut name = None;
        let mut inner = Vec::new();
        let mut asm = None;
        if mode != Mode::Abstract && (self.plain_ident().is_some() || self.at_name_param()) {
            name = self.take_name()?;
        } else if self.is("(") && self.paren_is_declarator() {
            self.bump();
            let d = self.declarator(mode)?;
            self.expect(")")?;
            name = d.name;
            inner = d.derivs;
            asm = d.asm;
            attrs.aligned = attrs.aligned.max(d.aligned);
            attrs.packed |= d.packed;
        } else if mode == Mode::Named {
            self.leave();
            return self.err_near("'<identifier>' expected");
        }
        let mut suffixes = Vec::new();
        loop {
            if self.accept("[") {
                suffixes.push(self.array_suffix()?);
            } else if self.is("(") {
                suffixes.push(self.params()?);
            } else {
                break;
            }
        }
        loop {
            if self.is_word("__asm__") || self.is_word("__asm") || self.is_word("asm") {
                self.bump();
                self.expect("(")?;
                let mut sym = String::new();
                while let Tok::Str(s) = &self.cur().tok {
                    sym.push_str(s);
                    self.bump();
                }
                if sym.is_empty() {
                    return self.err_near("string expected");
                }
                self.expect(")")?;
                asm = Some(sym);
            } else if self.is_word("__attribute__") || self.is_word("__attribute") {
                self.more_attributes(&mut attrs)?;
            } else {
                break;
            }
        }
        derivs.extend(suffixes.into_iter().rev());
        derivs.extend(inner);
        self.leave();
        Ok(Declarator { name, derivs, asm, aligned: attrs.aligned, packed: attrs.packed, mode: attrs.mode })
    }

    /// At a `(` in declarator position: does it open a nested declarator
    /// (`(*fp)`, `(name)`) rather than a parameter list?
    fn paren_is_declarator(&self) -> bool {
        let next = &self.peek(1).tok;
        match next {
            Tok::Punct("$") => !self.starts_type(next),
            Tok::Punct(p) => matches!(*p, "*" | "(" | "["),
            Tok::Ident(w) => {
                matches!(w.as_str(), "__cdecl" | "__stdcall" | "__fastcall" | "__thiscall" | "__attribute__")
                    || !self.starts_type(next)
            }
            _ => false,
        }
    }

    /// The rest of `[...]` after the `[`.
    fn array_suffix(&mut self) -> Result<Deriv, String> {
        // Parameter arrays may carry `static` and qualifiers: ignored.
        while ["static", "const", "volatile", "restrict", "__restrict", "__restrict__"].iter().any(|w| self.is_word(w))
        {
            self.bump();
        }
        if self.accept("]") {
            return Ok(Deriv::Array(None, false));
        }
        if self.accept("?") {
            self.expect("]")?;
            return Ok(Deriv::Array(None, true));
        }
        let n = self.const_expr()?;
        if !(0..=MAX_SIZE as i64).contains(&n) {
            return self.err_line("size of C type is unknown or too large");
        }
        self.expect("]")?;
        Ok(Deriv::Array(Some(n as usize), false))
    }

    /// A parameter list, at its `(`. Array and function parameters decay to
    /// pointers.
    fn params(&mut self) -> Result<Deriv, String> {
        self.bump();
        let mut params = Vec::new();
        let mut variadic = false;
        if self.is_word("void") && matches!(self.peek(1).tok, Tok::Punct(")")) {
            self.bump();
        }
        while !self.is(")") {
            if self.accept("...") {
                variadic = true;
                break;
            }
            let spec = self.specifiers()?;
            if spec.storage != Storage::None && spec.storage != Storage::Extern {
                return self.err_near("invalid C type");
            }
            let d = self.declarator(Mode::Either)?;
            let ty = self.declared_type(spec.ty, &d, false)?;
            let ty = match self.types.kind(ty).clone() {
                Kind::Array { elem, .. } => self.types.ptr(elem, 0),
                Kind::Func { .. } => self.types.ptr(ty, 0),
                Kind::Void => return self.err_near("invalid use of 'void' parameter"),
                _ => ty,
            };
            params.push((d.name.unwrap_or_default(), ty));
            if !self.accept(",") {
                break;
            }
        }
        self.expect(")")?;
        Ok(Deriv::Func { params, variadic })
    }

    /// The type declared by `d` on base type `base` (see `apply`), with a
    /// `mode` attribute of the declarator applied to an integer base.
    fn declared_type(&mut self, base: TypeId, d: &Declarator, vla_ok: bool) -> Result<TypeId, String> {
        let base = match d.mode {
            Some(_) if !d.derivs.is_empty() => return self.err_line("attribute 'mode' on a derived type"),
            Some(m) => self.with_mode(base, m)?,
            None => base,
        };
        self.apply(base, &d.derivs, vla_ok)
    }

    /// Integer type `ty` resized to `bytes` (`mode` attribute), keeping its
    /// signedness and qualifiers.
    fn with_mode(&mut self, ty: TypeId, bytes: usize) -> Result<TypeId, String> {
        let c = self.types.get(ty).clone();
        let Kind::Prim(p) = c.kind else { return self.err_line("attribute 'mode' on a non-integer type") };
        if !p.is_integer() {
            return self.err_line("attribute 'mode' on a non-integer type");
        }
        let signed = p.is_signed();
        let prim = match (bytes, signed) {
            (1, true) => Prim::SChar,
            (1, false) => Prim::UChar,
            (2, true) => Prim::Short,
            (2, false) => Prim::UShort,
            (4, true) => Prim::Int,
            (4, false) => Prim::UInt,
            (_, true) => Prim::Long,
            (_, false) => Prim::ULong,
        };
        Ok(self.types.prim(prim, c.qual))
    }

    /// Build the declared type: `derivs` applied to `base` in order. `[?]` is
    /// allowed only as the last (outermost) step when `vla_ok`.
    fn apply(&mut self, base: TypeId, derivs: &[Deriv], vla_ok: bool) -> Result<TypeId, String> {
        let mut ty = base;
        for (i, d) in derivs.iter().enumerate() {
            ty = match d {
                Deriv::Ptr(q) => self.types.ptr(ty, *q),
                Deriv::Array(len, vla) => {
                    if *vla && !vla_ok {
                        return self.err_near("'[?]' is only allowed in type strings, typedefs and as the last member");
                    }
                    if *vla && i + 1 != derivs.len() {
                        return self.err_near("'[?]' is only allowed at the outermost level");
                    }
                    let Some(elem) = self.types.layout(ty) else {
                        return self.err_line(&format!("array of incomplete type '{}'", self.types.name(ty)));
                    };
                    if len.is_some_and(|n| n.checked_mul(elem.size).is_none_or(|s| s > MAX_SIZE)) {
                        return self.err_line("size of C type is unknown or too large");
                    }
                    self.types.array(ty, *len, 0)
                }
                Deriv::Func { params, variadic } => {
                    if matches!(self.types.kind(ty), Kind::Array { .. } | Kind::Func { .. }) {
                        return self.err_near("invalid C type");
                    }
                    let tys = params.iter().map(|(_, t)| *t).collect();
                    self.types.func(ty, tys, *variadic)
                }
            };
        }
        Ok(ty)
    }

    // ---- constant expressions

    /// A constant integer expression (conditional-expression level).
    fn const_expr(&mut self) -> Result<i64, String> {
        self.enter()?;
        let c = self.binary(0)?;
        let v = if self.accept("?") {
            let a = self.const_expr()?;
            self.expect(":")?;
            let b = self.const_expr()?;
            if c != 0 {
                a
            } else {
                b
            }
        } else {
            c
        };
        self.leave();
        Ok(v)
    }

    /// Binary operators by precedence climbing; `min` is the lowest level
    /// accepted.
    fn binary(&mut self, min: u8) -> Result<i64, String> {
        let mut lhs = self.unary()?;
        while let Tok::Punct(op) = self.cur().tok {
            let Some(level) = binary_level(op) else { break };
            if level < min {
                break;
            }
            self.bump();
            let rhs = self.binary(level + 1)?;
            lhs = match op {
                "/" | "%" if rhs == 0 => return self.err_near("division by zero"),
                _ => eval_binary(op, lhs, rhs),
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<i64, String> {
        self.enter()?;
        let v = self.unary_inner();
        self.leave();
        v
    }

    fn unary_inner(&mut self) -> Result<i64, String> {
        let tok = self.cur().tok.clone();
        match tok {
            Tok::Int(v) => {
                self.bump();
                Ok(v)
            }
            Tok::Punct("-") => {
                self.bump();
                Ok(self.unary()?.wrapping_neg())
            }
            Tok::Punct("+") => {
                self.bump();
                self.unary()
            }
            Tok::Punct("~") => {
                self.bump();
                Ok(!self.unary()?)
            }
            Tok::Punct("!") => {
                self.bump();
                Ok((self.unary()? == 0) as i64)
            }
            Tok::Punct("(") => {
                if self.starts_type(&self.peek(1).tok) {
                    // A cast: the value converted to the type.
                    self.bump();
                    let ty = self.type_name()?;
                    self.expect(")")?;
                    let v = self.unary()?;
                    return Ok(match *self.types.kind(ty) {
                        Kind::Prim(p) if !p.is_float() => truncate(p, v),
                        Kind::Enum { .. } => v as i32 as i64,
                        _ => v,
                    });
                }
                self.bump();
                let v = self.const_expr()?;
                self.expect(")")?;
                Ok(v)
            }
            Tok::Ident(w) => match w.as_str() {
                "sizeof" | "__alignof__" | "__alignof" | "_Alignof" | "alignof" => {
                    self.bump();
                    if !(self.is("(") && self.starts_type(&self.peek(1).tok)) {
                        return self.err_near(&format!("'{w}' of an expression is not supported"));
                    }
                    self.bump();
                    let ty = self.type_name()?;
                    let Some(l) = self.types.layout(ty) else {
                        return self.err_near(&format!("'{w}' of incomplete type '{}'", self.types.name(ty)));
                    };
                    self.expect(")")?;
                    Ok(if w == "sizeof" { l.size } else { l.align } as i64)
                }
                _ => match self.types.symbols.get(&w) {
                    Some(Symbol::Constant { value, .. }) => {
                        let v = *value;
                        self.bump();
                        Ok(v)
                    }
                    _ => self.err_near("constant expected"),
                },
            },
            Tok::Punct("$") => self.param("number", |p| if let TypeParam::Int(v) = p { Some(*v) } else { None }),
            _ => self.err_near("constant expected"),
        }
    }

    /// A type name inside an expression (casts, sizeof).
    fn type_name(&mut self) -> Result<TypeId, String> {
        let spec = self.specifiers()?;
        let d = self.declarator(Mode::Abstract)?;
        self.apply(spec.ty, &d.derivs, false)
    }
}

/// Precedence of a binary operator (higher binds tighter).
fn binary_level(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" | "!=" => 6,
        "<" | ">" | "<=" | ">=" => 7,
        "<<" | ">>" => 8,
        "+" | "-" => 9,
        "*" | "/" | "%" => 10,
        _ => return None,
    })
}

/// Apply a binary operator with wrapping 64-bit arithmetic.
fn eval_binary(op: &str, a: i64, b: i64) -> i64 {
    match op {
        "||" => (a != 0 || b != 0) as i64,
        "&&" => (a != 0 && b != 0) as i64,
        "|" => a | b,
        "^" => a ^ b,
        "&" => a & b,
        "==" => (a == b) as i64,
        "!=" => (a != b) as i64,
        "<" => (a < b) as i64,
        ">" => (a > b) as i64,
        "<=" => (a <= b) as i64,
        ">=" => (a >= b) as i64,
        "<<" => a.wrapping_shl(b as u32),
        ">>" => a.wrapping_shr(b as u32),
        "+" => a.wrapping_add(b),
        "-" => a.wrapping_sub(b),
        "*" => a.wrapping_mul(b),
        "/" => a.wrapping_div(b),
        "%" => a.wrapping_rem(b),
        _ => 0,
    }
}

/// `msg` with the line of the declaration appended when past the first
/// (as LuaJIT words it).
fn at_line(msg: String, line: u32) -> String {
    if line > 1 {
        format!("{msg} at line {line}")
    } else {
        msg
    }
}

/// `v` converted to integer type `p` (truncated, then sign- or zero-extended).
fn truncate(p: Prim, v: i64) -> i64 {
    match p {
        Prim::Bool => (v != 0) as i64,
        Prim::Char | Prim::SChar => v as i8 as i64,
        Prim::UChar => v as u8 as i64,
        Prim::Short => v as i16 as i64,
        Prim::UShort => v as u16 as i64,
        Prim::Int => v as i32 as i64,
        Prim::UInt => v as u32 as i64,
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctype::Layout;

    fn cdef(src: &str) -> Types {
        let mut t = Types::new();
        if let Err(e) = parse_cdef(&mut t, src) {
            panic!("cdef failed: {e}\n{src}");
        }
        t
    }

    fn ty(t: &mut Types, s: &str) -> TypeId {
        match parse_type(t, s) {
            Ok(p) => p.ty,
            Err(e) => panic!("type {s:?} failed: {e}"),
        }
    }

    /// Size, alignment and member offsets of `ty_str` after `decls`.
    fn check_layout(decls: &str, ty_str: &str, size: usize, align: usize, fields: &[(&str, usize)]) {
        let mut t = cdef(decls);
        let id = ty(&mut t, ty_str);
        assert_eq!(t.layout(id), Some(Layout { size, align }), "layout of {ty_str}");
        for (name, off) in fields {
            let f = t.find_field(id, name).unwrap_or_else(|| panic!("no field {name} in {ty_str}"));
            assert_eq!(f.offset, *off, "offset of {ty_str}.{name}");
        }
    }

    /// The C name of type string `ty_str` after `decls`.
    fn check_name(decls: &str, ty_str: &str, expected: &str) {
        let mut t = cdef(decls);
        let id = ty(&mut t, ty_str);
        assert_eq!(t.name(id), expected, "name of {ty_str:?}");
    }

    /// `decls` declares `name` as an external symbol `symbol` of type `c_name`.
    fn check_symbol(decls: &str, name: &str, c_name: &str, symbol: &str) {
        let t = cdef(decls);
        match t.symbols.get(name) {
            Some(Symbol::Extern { ty, symbol: s, .. }) => {
                assert_eq!(t.name(*ty), c_name, "type of {name}");
                assert_eq!(s, symbol, "symbol of {name}");
            }
            other => panic!("{name} is {other:?}"),
        }
    }

    /// `decls` defines constant `name` = `value`.
    fn check_constant(decls: &str, name: &str, value: i64) {
        let t = cdef(decls);
        match t.symbols.get(name) {
            Some(Symbol::Constant { value: v, .. }) => assert_eq!(*v, value, "value of {name}"),
            other => panic!("{name} is {other:?}"),
        }
    }

    /// `decls` is rejected with a message containing `expected`.
    fn check_error(decls: &str, expected: &str) {
        let mut t = Types::new();
        match parse_cdef(&mut t, decls) {
            Ok(()) => panic!("accepted: {decls}"),
            Err(e) => assert!(e.contains(expected), "error for {decls:?} is {e:?}, expected {expected:?}"),
        }
    }

    /// Type string `s` is rejected with a message containing `expected`.
    fn check_type_error(decls: &str, s: &str, expected: &str) {
        let mut t = cdef(decls);
        match parse_type(&mut t, s) {
            Ok(p) => panic!("accepted {s:?} as {}", t.name(p.ty)),
            Err(e) => assert!(e.contains(expected), "error for {s:?} is {e:?}, expected {expected:?}"),
        }
    }

    /// Compare the layout of `ty_str` (declared by `decls`) with what the C
    /// compiler computes for the same type from `c_src` (the same
    /// declarations, or the system header defining them): size, alignment
    /// and the bit position and width of every member in `members`.
    /// Skipped (with a note) when no C compiler is available.
    fn check_gcc(c_src: &str, decls: &str, ty_str: &str, members: &[&str]) {
        check_gcc_many(c_src, decls, &[(ty_str.to_string(), members.iter().map(|m| m.to_string()).collect())]);
    }

    /// `check_gcc` for several types in one C program.
    fn check_gcc_many(c_src: &str, decls: &str, cases: &[(String, Vec<String>)]) {
        let mut t = cdef(decls);
        let mut ours = String::new();
        let mut prog =
            format!("#include <stdio.h>\n#include <stddef.h>\n#include <string.h>\n{c_src}\nint main(void) {{\n");
        for (ty_str, members) in cases {
            let id = ty(&mut t, ty_str);
            let lay = t.layout(id).expect("complete type");
            ours += &format!("{ty_str}: {} {}\n", lay.size, lay.align);
            prog += &format!(
                "  {{ {ty_str} s; unsigned char *p = (unsigned char *)&s; (void)p;\n  \
                 printf(\"{ty_str}: %zu %zu\\n\", sizeof s, _Alignof({ty_str}));\n"
            );
            for m in members {
                let f = t.find_field(id, m).unwrap_or_else(|| panic!("no member {m} in {ty_str}"));
                match f.bits {
                    Some((bit, width)) => {
                        ours += &format!("{m} {} {width}\n", f.offset * 8 + bit as usize);
                        // Set the bit-field to all ones and find its bits.
                        prog += &format!(
                            "  {{ memset(&s, 0, sizeof s); s.{m} = -1; int first = -1, n = 0;\n\
                             \x20   for (int i = 0; i < (int)sizeof s * 8; i++) if (p[i / 8] >> (i % 8) & 1) {{ if (first < 0) first = i; n++; }}\n\
                             \x20   printf(\"{m} %d %d\\n\", first, n); }}\n"
                        );
                    }
                    None => {
                        ours += &format!("{m} {} 0\n", f.offset * 8);
                        prog += &format!("  printf(\"{m} %zu 0\\n\", offsetof({ty_str}, {m}) * 8);\n");
                    }
                }
            }
            prog += "  }\n";
        }
        prog += "  return 0;\n}\n";
        let dir = std::env::temp_dir().join(format!("kiln_cdecl_{}_{}", std::process::id(), fnv(&prog)));
        let _ = std::fs::create_dir_all(&dir);
        let (src, exe) = (dir.join("t.c"), dir.join("t"));
        std::fs::write(&src, &prog).expect("write C test");
        let cc = std::process::Command::new("cc").args(["-std=gnu11", "-w", "-o"]).arg(&exe).arg(&src).output();
        let Ok(cc) = cc else {
            eprintln!("note: no C compiler, layouts of {} types not checked against it", cases.len());
            return;
        };
        assert!(cc.status.success(), "cc failed: {}\n{prog}", String::from_utf8_lossy(&cc.stderr));
        let out = std::process::Command::new(&exe).output().expect("run C test");
        let _ = std::fs::remove_dir_all(&dir);
        let theirs = String::from_utf8_lossy(&out.stdout);
        // Compare type by type for a readable failure.
        let split = |s: &str| {
            s.split_inclusive('\n').fold(Vec::<String>::new(), |mut v, l| {
                if l.contains(": ") || v.is_empty() {
                    v.push(String::new());
                }
                v.last_mut().expect("pushed").push_str(l);
                v
            })
        };
        for (c, k) in split(&theirs).iter().zip(split(&ours).iter()) {
            assert_eq!(c, k, "layout differs from the C compiler's (left: cc, right: ours)\n{decls}");
        }
        assert_eq!(theirs, ours);
    }

    fn fnv(s: &str) -> u64 {
        s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
    }

    #[test]
    fn struct_layouts() {
        check_layout("struct p { int x, y; };", "struct p", 8, 4, &[("x", 0), ("y", 4)]);
        check_layout("struct q { char c; double d; short s; };", "struct q", 24, 8, &[("c", 0), ("d", 8), ("s", 16)]);
        check_layout("union u { char c[5]; int i; };", "union u", 8, 4, &[("c", 0), ("i", 0)]);
        check_layout(
            "typedef struct { uint8_t tag; union { int32_t i; double d; }; struct { char a, b; }; } v;",
            "v",
            24,
            8,
            &[("tag", 0), ("i", 8), ("d", 8), ("a", 16), ("b", 17)],
        );
        check_layout("struct n { struct n *next; int v[3]; };", "struct n", 24, 8, &[("next", 0), ("v", 8)]);
        // Forward declaration, then completion.
        check_layout("struct f; typedef struct f f_t; struct f { long a; };", "f_t", 8, 8, &[("a", 0)]);
        // LuaJIT takes a tagged struct without declarator as an anonymous member.
        check_layout(
            "struct tg { int q; }; struct an { struct tg; int z; };",
            "struct an",
            8,
            4,
            &[("q", 0), ("z", 4)],
        );
        // Array sizes from constant expressions.
        check_layout(
            "enum { N = 3 }; static const int M = N * 2; struct a { char b[N*2 + M]; int c[sizeof(short)]; };",
            "struct a",
            20,
            4,
            &[("b", 0), ("c", 12)],
        );
    }

    #[test]
    fn packing_and_alignment() {
        check_layout("struct pk { char a; int b; } __attribute__((packed));", "struct pk", 5, 1, &[("b", 1)]);
        check_layout("struct __attribute__((__packed__)) pk { char a; int b; };", "struct pk", 5, 1, &[("b", 1)]);
        // The pack cap applies to the structs that follow, until popped.
        let pp =
            "#pragma pack(push, 2)\nstruct pp { char a; int b; };\n#pragma pack(pop)\nstruct pq { char a; int b; };";
        check_layout(pp, "struct pp", 6, 2, &[("b", 2)]);
        check_layout(pp, "struct pq", 8, 4, &[("b", 4)]);
        check_layout("#pragma pack(1)\nstruct p1 { char a; double b; };\n", "struct p1", 9, 1, &[("b", 1)]);
        check_layout("#pragma pack(1)\n#pragma pack()\nstruct p0 { char a; double b; };", "struct p0", 16, 8, &[]);
        // Values verified with luajit (ffi.sizeof/ffi.alignof): 16, 16.
        check_layout("struct __attribute__((aligned(16))) al { int x; };", "struct al", 16, 16, &[]);
        check_layout("struct al2 { int x; } __attribute__((aligned(16)));", "struct al2", 16, 16, &[]);
        // A qualified variant made after completion keeps the packed layout.
        check_layout("struct pk { char a; int b; } __attribute__((packed));", "const struct pk", 5, 1, &[("b", 1)]);
    }

    #[test]
    fn layouts_match_the_c_compiler() {
        let bits =
            "struct bf { unsigned a:3, :0, b:5; char c; int d:4; long long e:40; _Bool f:1; unsigned char g:7; };";
        check_gcc(bits, bits, "struct bf", &["a", "b", "c", "d", "e", "f", "g"]);
        let bits2 = "struct b2 { char a; int b:20; int c:20; short d:3; int :0; char e; };";
        check_gcc(bits2, bits2, "struct b2", &["a", "b", "c", "d", "e"]);
        let packed = "struct pk { char a; int b:12; short c; double d; } __attribute__((packed));";
        check_gcc(packed, packed, "struct pk", &["a", "b", "c", "d"]);
        let pragma = "#pragma pack(push, 2)\nstruct pr { char a; int b; double c; char d; };\n#pragma pack(pop)\n";
        check_gcc(pragma, pragma, "struct pr", &["a", "b", "c", "d"]);
        let anon = "struct an { char k; union { struct { short x, y; }; double d; }; union { char c; int i; } u; };";
        check_gcc(anon, anon, "struct an", &["k", "x", "y", "d", "u"]);
        let flex = "struct fl { short n; char pad; double data[]; };";
        check_gcc(flex, flex, "struct fl", &["n", "pad", "data"]);
        let aligned = "struct al { char c; } __attribute__((aligned(32))); struct al2 { char x; struct al a; };";
        check_gcc(aligned, aligned, "struct al2", &["x", "a"]);
        let member = "struct ma { char c; int x __attribute__((aligned(8))); __attribute__((aligned(16))) char y; \
                      short z, w __attribute__((__aligned__(4))); };";
        check_gcc(member, member, "struct ma", &["c", "x", "y", "z", "w"]);
        let pk = "struct mp { char c; int x __attribute__((aligned(8))); char y; int z; } __attribute__((packed));";
        check_gcc(pk, pk, "struct mp", &["c", "x", "y", "z"]);
        let pr = "#pragma pack(2)\nstruct mq { char c; int x __attribute__((aligned(8))); char y; int z; };\n#pragma pack()\n";
        check_gcc(pr, pr, "struct mq", &["c", "x", "y", "z"]);
    }

    /// A deterministic xorshift generator for the randomised tests.
    fn rng(mut seed: u64) -> impl FnMut(u64) -> u64 {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n.max(1)
        }
    }

    /// Random structs and unions (scalars, arrays, bit-fields, nested
    /// anonymous records, earlier records, packing, alignment attributes):
    /// every layout must match the C compiler's.
    #[test]
    fn random_records_match_the_c_compiler() {
        const SCALARS: &[(&str, u32)] = &[
            ("char", 8),
            ("signed char", 8),
            ("unsigned char", 8),
            ("short", 16),
            ("unsigned short", 16),
            ("int", 32),
            ("unsigned int", 32),
            ("long", 64),
            ("unsigned long", 64),
            ("long long", 64),
            ("unsigned long long", 64),
            ("_Bool", 1),
            ("float", 0),
            ("double", 0),
            ("void *", 0),
        ];
        let seed = std::env::var("KILN_CDECL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x9e3779b97f4a7c15);
        let mut r = rng(seed);
        let mut src = String::new();
        let mut cases = Vec::new();
        for n in 0..150 {
            let kw = if r(4) == 0 { "union" } else { "struct" };
            let pragma = (r(8) == 0).then(|| 1u64 << r(4));
            let packed = r(8) == 0;
            let mut body = String::new();
            let mut names = Vec::new();
            let count = 1 + r(7);
            for _ in 0..count {
                let m = format!("m{}", names.len());
                let (ty, bits) = SCALARS[r(SCALARS.len() as u64) as usize];
                match r(10) {
                    // A bit-field (integer types only), sometimes unnamed.
                    0..=2 if bits > 0 => {
                        // (Wider ones can span 9 bytes in packed records: not supported.)
                        let w = r(bits.min(56) as u64 + 1);
                        if w == 0 || r(6) == 0 {
                            body += &format!("  {ty} : {w};\n");
                        } else {
                            let attr = if r(5) == 0 { " __attribute__((packed))" } else { "" };
                            body += &format!("  {ty} {m} : {w}{attr};\n");
                            names.push(m);
                        }
                    }
                    3 => {
                        body += &format!("  {ty} {m}[{}];\n", 1 + r(4));
                        names.push(m);
                    }
                    // A nested anonymous struct or union.
                    4 => {
                        let inner = if r(2) == 0 { "union" } else { "struct" };
                        body += &format!("  {inner} {{ ");
                        for _ in 0..1 + r(3) {
                            let im = format!("m{}", names.len());
                            let (ity, ibits) = SCALARS[r(SCALARS.len() as u64) as usize];
                            if ibits > 1 && r(3) == 0 {
                                body += &format!("{ity} {im} : {}; ", 1 + r(ibits.min(56) as u64));
                            } else {
                                body += &format!("{ity} {im}; ");
                            }
                            names.push(im);
                        }
                        body += "};\n";
                    }
                    // An earlier record by value.
                    5 if n > 0 => {
                        body += &format!("  struct r{} {m};\n", r(n));
                        names.push(m);
                    }
                    6 => {
                        body += &format!("  {ty} {m} __attribute__((aligned({})));\n", 1 << r(5));
                        names.push(m);
                    }
                    7 => {
                        body += &format!("  {ty} {m} __attribute__((packed));\n");
                        names.push(m);
                    }
                    _ => {
                        body += &format!("  {ty} {m};\n");
                        names.push(m);
                    }
                }
            }
            // Every record is reachable as `struct rN` (unions are wrapped).
            let attr = if packed {
                " __attribute__((packed))"
            } else if r(10) == 0 {
                " __attribute__((aligned(16)))"
            } else {
                ""
            };
            let def = if kw == "union" {
                format!("union u{n} {{\n{body}}}{attr};\nstruct r{n} {{ union u{n} u; }};\n")
            } else {
                format!("struct r{n} {{\n{body}}}{attr};\n")
            };
            match pragma {
                Some(p) => src += &format!("#pragma pack(push, {p})\n{def}#pragma pack(pop)\n"),
                None => src += &def,
            }
            let ty = if kw == "union" { format!("union u{n}") } else { format!("struct r{n}") };
            cases.push((ty, names));
        }
        let _ = std::fs::write("/tmp/kiln_rand.h", &src);
        check_gcc_many(&src, &src, &cases);
    }

    #[test]
    fn libc_declarations() {
        let libc = "
            typedef long suseconds_t;
            struct timeval { time_t tv_sec; suseconds_t tv_usec; };
            struct tm { int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
                        long tm_gmtoff; const char *tm_zone; };
            size_t strlen(const char *s);
            char *getenv(const char *name);
            int snprintf(char *restrict str, size_t size, const char *restrict format, ...);
            void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
            void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
                          int (*compar)(const void *, const void *));
            extern int errno_value __asm__(\"errno\");
        ";
        check_gcc("#include <sys/time.h>", libc, "struct timeval", &["tv_sec", "tv_usec"]);
        let tm = ["tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_year", "tm_isdst", "tm_gmtoff", "tm_zone"];
        check_gcc("#define _GNU_SOURCE\n#include <time.h>", libc, "struct tm", &tm);
        check_symbol(libc, "strlen", "unsigned long (const char *)", "strlen");
        check_symbol(libc, "getenv", "char *(const char *)", "getenv");
        check_symbol(libc, "snprintf", "int (char *, unsigned long, const char *, ...)", "snprintf");
        check_symbol(
            libc,
            "qsort",
            "void (void *, unsigned long, unsigned long, int (*)(const void *, const void *))",
            "qsort",
        );
        check_symbol(libc, "errno_value", "int", "errno");
        let t = cdef(libc);
        let Some(Symbol::Extern { ty, .. }) = t.symbols.get("qsort") else { panic!("qsort") };
        let Some(Symbol::Extern { param_names, .. }) = t.symbols.get("qsort") else { panic!("qsort") };
        assert_eq!(param_names.iter().map(|n| &**n).collect::<Vec<_>>(), ["base", "nmemb", "size", "compar"]);
        let Kind::Func { variadic, .. } = t.kind(*ty) else { panic!("qsort type") };
        assert!(!variadic);
    }

    #[test]
    fn zlib_and_sqlite_declarations() {
        let zlib = "
            typedef unsigned char Bytef;
            typedef unsigned int uInt;
            typedef unsigned long uLong;
            typedef uLong uLongf;
            typedef void *voidpf;
            typedef voidpf (*alloc_func)(voidpf opaque, uInt items, uInt size);
            typedef void (*free_func)(voidpf opaque, voidpf address);
            struct internal_state;
            typedef struct z_stream_s {
                const Bytef *next_in; uInt avail_in; uLong total_in;
                Bytef *next_out; uInt avail_out; uLong total_out;
                const char *msg; struct internal_state *state;
                alloc_func zalloc; free_func zfree; voidpf opaque;
                int data_type; uLong adler; uLong reserved;
            } z_stream;
            typedef z_stream *z_streamp;
            int compress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
            int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
            int deflateInit_(z_streamp strm, int level, const char *version, int stream_size);
        ";
        let zm = ["next_in", "avail_in", "total_out", "msg", "state", "zalloc", "opaque", "data_type", "reserved"];
        check_gcc("#include <zlib.h>", zlib, "z_stream", &zm);
        check_symbol(
            zlib,
            "compress",
            "int (unsigned char *, unsigned long *, const unsigned char *, unsigned long)",
            "compress",
        );
        check_symbol(zlib, "deflateInit_", "int (struct z_stream_s *, int, const char *, int)", "deflateInit_");
        let sqlite = "
            typedef struct sqlite3 sqlite3;
            typedef int (*sqlite3_callback)(void*,int,char**, char**);
            int sqlite3_open(const char *filename, sqlite3 **ppDb);
            int sqlite3_exec(sqlite3*, const char *sql, int (*callback)(void*,int,char**,char**), void *, char **errmsg);
            int sqlite3_close(sqlite3*);
            const char *sqlite3_libversion(void);
            typedef long long int sqlite_int64;
            typedef sqlite_int64 sqlite3_int64;
            sqlite3_int64 sqlite3_last_insert_rowid(sqlite3*);
        ";
        check_symbol(sqlite, "sqlite3_open", "int (const char *, struct sqlite3 **)", "sqlite3_open");
        check_symbol(
            sqlite,
            "sqlite3_exec",
            "int (struct sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **)",
            "sqlite3_exec",
        );
        check_symbol(sqlite, "sqlite3_libversion", "const char *(void)", "sqlite3_libversion");
        check_symbol(sqlite, "sqlite3_last_insert_rowid", "long long (struct sqlite3 *)", "sqlite3_last_insert_rowid");
        check_name(sqlite, "sqlite3_callback", "int (*)(void *, int, char **, char **)");
    }

    #[test]
    fn type_names() {
        check_name("", "int", "int");
        check_name("", "unsigned long int", "unsigned long");
        check_name("", "long unsigned", "unsigned long");
        check_name("", "short unsigned int", "unsigned short");
        check_name("", "signed char", "signed char");
        check_name("", "long long", "long long");
        check_name("", "const char *", "const char *");
        check_name("", "char const *", "const char *");
        check_name("", "uint8_t [16]", "unsigned char [16]");
        check_name("", "int(*)(int, int)", "int (*)(int, int)");
        check_name("", "void *", "void *");
        check_name("", "int (*[3])(void)", "int (*[3])(void)");
        check_name("", "int (*(*)(int))[4]", "int (*(*)(int))[4]");
        check_name("struct foo { int x; };", "struct foo *", "struct foo *");
        check_name("union foo { int x; };", "union foo", "union foo");
        check_name("enum color { RED };", "enum color", "enum color");
        check_name("typedef int (*cmp_t)(const void *, const void *);", "cmp_t", "int (*)(const void *, const void *)");
        check_name("", "void (*)(int, ...)", "void (*)(int, ...)");
        let mut t = Types::new();
        let p = parse_type(&mut t, "int[?]").expect("vla");
        assert!(p.vla);
        assert_eq!(t.kind(p.ty), &Kind::Array { elem: t.typedefs["int32_t"], len: None });
        let p = parse_type(&mut t, "struct { int x, y; }").expect("anonymous struct");
        assert!(!p.vla);
        assert_eq!(t.layout(p.ty), Some(Layout { size: 8, align: 4 }));
        assert!(!parse_type(&mut t, "int[4]").expect("array").vla);
    }

    #[test]
    fn declarations_and_symbols() {
        check_symbol("int a, *b, c[3];", "b", "int *", "b");
        check_symbol("int a, *b, c[3];", "c", "int [3]", "c");
        check_symbol("extern const char * const names[];", "names", "const char *const []", "names");
        check_symbol("static inline int f(int a[3], int g(int));", "f", "int (int *, int (*)(int))", "f");
        check_symbol(
            "int (*signal(int sig, void (*func)(int)))(int);",
            "signal",
            "int (*(int, void (*)(int)))(int)",
            "signal",
        );
        check_symbol("void exit_(int) __asm__(\"exit\") __attribute__((noreturn));", "exit_", "void (int)", "exit");
        check_symbol("__extension__ typedef long long ll; ll big(void);", "big", "long long (void)", "big");
        check_symbol("int h();", "h", "int (void)", "h");
        check_name("typedef int register_t __attribute__ ((__mode__ (__word__)));", "register_t", "long");
        check_name("typedef unsigned int __attribute__((mode(HI))) u16;", "u16", "unsigned short");
        check_constant("enum e { A, B = 10, C, D = B * 2 + 'a', };", "C", 11);
        check_constant("enum e { A, B = 10, C, D = B * 2 + 'a', };", "D", 117);
        check_constant("enum { X = 1 << 4, Y = X | 3, Z = (Y > 10) ? -1 : 1, W = ~0u >> 28 };", "Z", -1);
        check_constant("enum { W = (unsigned char)0x1ff, V = sizeof(struct { char c; double d; }) };", "W", 255);
        check_constant("static const int K = 5, L = K * 3;", "L", 15);
        check_constant("_Static_assert(sizeof(long) == 8, \"LP64\"); enum { OK = 1 };", "OK", 1);
        check_error(
            "struct s { char c; };\n_Static_assert(sizeof(struct s) == 2, \"size\");",
            "static assertion failed: \"size\" at line 2",
        );
        // Enum constants have their enum's type; a constant above INT_MAX, or no negative one, makes it unsigned.
        let t = cdef("enum big { SMALL = -1, HUGE = 0x80000000 }; enum { Q = 1 }; enum { R = -1, S };");
        let big = t.tags["enum big"];
        assert!(matches!(t.kind(big), Kind::Enum { unsigned: true, .. }));
        assert!(matches!(t.symbols.get("HUGE"), Some(Symbol::Constant { ty, value: 0x8000_0000 }) if *ty == big));
        assert!(
            matches!(t.symbols.get("Q"), Some(Symbol::Constant { ty, .. }) if matches!(t.kind(*ty), Kind::Enum { unsigned: true, .. }))
        );
        assert!(
            matches!(t.symbols.get("S"), Some(Symbol::Constant { ty, .. }) if matches!(t.kind(*ty), Kind::Enum { unsigned: false, .. }))
        );
        check_error("enum { TOO_BIG = 0x100000000 };", "value of 'TOO_BIG' out of range");
        check_error("enum e { A }; enum e { B };", "attempt to redefine 'e'");
        // A `[?]` last member makes a variable-length struct.
        let mut t = cdef("struct vls { int n; double d[?]; };");
        let vls = ty(&mut t, "struct vls");
        let Kind::Struct { body: Some(body), .. } = t.kind(vls) else { panic!("complete") };
        assert!(body.flexible);
        assert_eq!(t.layout(vls), Some(Layout { size: 8, align: 8 }));
        check_constant("static const uint8_t U8 = 300;", "U8", 44);
        check_constant("enum { NL = '\\n', HX = '\\x41', NUL = '\\0', OCT = 010 + 0x10 + 10UL };", "OCT", 34);
        // Redeclaring with the same type is fine; conflicting is not.
        cdef("int f(int a); int f(int b); typedef int T; typedef int T; typedef unsigned long size_t;");
        check_error("int f(int); long f(int);", "attempt to redefine 'f'");
        check_error("typedef int T; typedef long T;", "attempt to redefine 'T'");
        check_error("struct s { int x; }; struct s { int x; };", "attempt to redefine 's'");
        check_error("enum e { A }; enum e2 { A };", "attempt to redefine 'A'");
        check_error("typedef int T; int T;", "attempt to redefine 'T'");
    }

    #[test]
    fn syntax_errors_name_line_and_token() {
        check_error("int x;\nstruct b { int x; }}", "'<identifier>' expected near '}' at line 2");
        check_error("int x\n\n  }", "';' expected near '}' at line 3");
        check_error("\nfoo x;", "declaration specifier expected near 'foo' at line 2");
        // The first line is not named, as in LuaJIT.
        let mut t = Types::new();
        assert_eq!(parse_cdef(&mut t, "int x }").unwrap_err(), "';' expected near '}'");
        check_error("long double x;", "long double is not supported");
        check_error("int q { 1 };", "';' expected near '{'");
        check_error("int g(void) { return 0; ", "'}' expected near '<eof>'");
        check_symbol("static inline int g(int x) { return x + (int){1}; } int k;", "g", "int (int)", "g");
        check_symbol("static inline int g(int x) { return x + (int){1}; } int k;", "k", "int", "k");
        check_error("int a[-1];", "size of C type is unknown or too large");
        check_error("int a[1/0];", "division by zero");
        check_error("struct c { int x:40; };", "bit-field");
        check_error("struct c { int a[]; int b; };", "flexible array member 'a' must be last");
        check_error("int x = 1;", "invalid constant initializer");
        check_error("int @;", "unexpected symbol near '@'");
        check_error("char *s = \"abc", "unfinished literal");
        check_error("int x = 0x;", "malformed number near '0x'");
        check_error("/* open", "unfinished comment");
        check_error("int f(void, int);", "invalid use of 'void' parameter near ','");
        check_error("signed unsigned x;", "invalid C type");
        check_error(&format!("{} x;", "long ".repeat(1000)), "invalid C type");
        check_error("struct s { struct s x; };", "incomplete type");
        check_error("struct a { char x[0x7fffffff]; char y[2]; };", "size of C type is unknown or too large");
        check_error("int f(int)[3];", "invalid C type");
        check_error("int x[N];", "constant expected near 'N'");
        check_error(&"(".repeat(100_000), "");
        // A long typedef chain nests types deeper than any declarator may.
        let chain: String = (1..5000).map(|i| format!("typedef t{} *t{i};", i - 1)).collect();
        let mut t = cdef(&format!("typedef int t0; {chain} t4999 f(t4999);"));
        let deep = ty(&mut t, "t4999");
        assert!(t.name(deep).starts_with("... *"));
        cdef(&format!("typedef int t0; {chain} t4999 f(t4999); t4999 f(t4999 x);"));
        check_type_error("", "int x", "'<eof>' expected near 'x'");
        check_type_error("", "int[4][?]", "outermost");
        check_error("extern int vt[?];", "'[?]' is only allowed in type strings");
        check_error("typedef int vt[?][4], vu[4][?];", "'[?]' is only allowed at the outermost level");
        let mut t = cdef("typedef int vt[?];");
        assert!(parse_type(&mut t, "vt").expect("vla typedef").vla);
        assert!(!parse_type(&mut t, "vt *").expect("pointer to it").vla);
        check_type_error("", "struct nope *", "undeclared or implicit tag 'nope'");
        check_type_error("", "const", "declaration specifier expected near '<eof>'");
        check_type_error("", "foo", "declaration specifier expected near 'foo'");
    }

    #[test]
    fn dollar_parameters() {
        use TypeParam::{Int, Name, Type};
        let mut t = cdef("struct point { int x, y; };");
        let (int, point) = (ty(&mut t, "int"), ty(&mut t, "struct point"));
        let name = |t: &mut Types, s: &str, ps: &[TypeParam]| match parse_type_with(t, s, ps) {
            Ok(p) => (t.name(p.ty), p.vla),
            Err(e) => (format!("error: {e}"), false),
        };
        assert_eq!(name(&mut t, "$ *", &[Type(point)]), ("struct point *".to_string(), false));
        assert_eq!(name(&mut t, "$[?]", &[Type(int)]), ("int []".to_string(), true));
        assert_eq!(name(&mut t, "$ (*)($, $)", &[Type(int), Type(point), Type(int)]).0, "int (*)(struct point, int)");
        assert_eq!(name(&mut t, "int[$][$ + 1]", &[Int(2), Int(3)]).0, "int [2][4]");
        assert_eq!(
            name(&mut t, "sizeof($) > 4 ? 1 : 2", &[Type(point)]).0,
            "error: declaration specifier expected near 'sizeof'"
        );
        assert_eq!(name(&mut t, "char[sizeof($)]", &[Type(point)]).0, "char [8]");
        let p = parse_type_with(&mut t, "struct { $ a; $ b[$]; }", &[Type(point), Type(int), Int(3)]).expect("record");
        assert_eq!(t.layout(p.ty).map(|l| l.size), Some(20));
        assert_eq!(t.find_field(p.ty, "b").map(|f| f.offset), Some(8));
        parse_cdef_with(
            &mut t,
            "typedef $ $; struct $ { $ v; };",
            &[Type(point), Name("pt".into()), Name("box".into()), Type(int)],
        )
        .expect("cdef with parameters");
        assert_eq!(name(&mut t, "pt", &[]).0, "struct point");
        assert_eq!(name(&mut t, "struct box", &[]).0, "struct box");
        assert_eq!(name(&mut t, "$ *", &[]).0, "error: wrong number of type parameters");
        let int = t.prim(Prim::Int, 0);
        assert_eq!(
            name(&mut t, "$ *", &[TypeParam::Type(int), TypeParam::Int(1)]).0,
            "error: wrong number of type parameters"
        );
        assert_eq!(name(&mut t, "int[$]", &[Type(int)]).0, "error: number expected for '$', got ctype near '$'");
    }

    #[test]
    fn preprocessor_lines_and_comments_are_skipped() {
        let src = "#include <stdio.h>\n#define X \\\n  1\n// int bad(;\n/* int bad(; */ int ok(void);\n   # if 0\n/* c */ #endif\n";
        check_symbol(src, "ok", "int (void)", "ok");
    }

    /// `#include`s run through the C preprocessor; `None` without a compiler
    /// or the headers.
    fn preprocess(includes: &str) -> Option<String> {
        use std::io::Write;
        let mut child = std::process::Command::new("cc")
            .args(["-E", "-P", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        child.stdin.take()?.write_all(includes.as_bytes()).ok()?;
        let out = child.wait_with_output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    #[test]
    fn preprocessed_system_headers_parse() {
        let sets = [
            "#include <zlib.h>\n",
            "#include <sqlite3.h>\n",
            "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <time.h>\n#include <sys/time.h>\n",
        ];
        for includes in sets {
            let Some(src) = preprocess(includes) else {
                eprintln!("note: cannot preprocess {includes:?}, not checked");
                continue;
            };
            // `long double` (strtold, max_align_t) is not supported: those
            // declarations are read as double for this test.
            let src = src.replace("long double", "double");
            let t = cdef(&src);
            if includes.contains("zlib") {
                assert!(matches!(t.symbols.get("compress"), Some(Symbol::Extern { .. })));
                check_gcc(includes, &src, "z_stream", &["next_in", "msg", "zalloc", "adler", "reserved"]);
            }
            if includes.contains("time.h") {
                check_gcc(includes, &src, "struct tm", &["tm_sec", "tm_isdst", "tm_gmtoff", "tm_zone"]);
                check_gcc(includes, &src, "FILE", &["_flags", "_IO_read_ptr", "_fileno", "_mode"]);
                check_symbol(
                    &src,
                    "qsort",
                    "void (void *, unsigned long, unsigned long, int (*)(const void *, const void *))",
                    "qsort",
                );
            }
        }
    }

    #[test]
    fn random_token_soup_never_panics() {
        let words = [
            "int",
            "char",
            "struct",
            "union",
            "enum",
            "typedef",
            "const",
            "*",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ";",
            ",",
            "x",
            "y",
            "3",
            "?",
            ":",
            "=",
            "...",
            "unsigned",
            "long",
            "void",
            "sizeof",
            "-",
            "<<",
            "__attribute__",
            "__asm__",
            "\"s\"",
            "'c'",
            "#pragma pack(1)\n",
            "static",
            "0x7fffffff",
            "size_t",
            "A",
            "/",
            "$",
        ];
        let mut seed = 0x2545f4914f6cdd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut t = Types::new();
        parse_cdef(&mut t, "enum { A = 2 }; typedef int x;").expect("base");
        for _ in 0..20_000 {
            let n = (next() % 24) as usize;
            let src: Vec<&str> = (0..n).map(|_| words[(next() % words.len() as u64) as usize]).collect();
            let src = src.join(" ");
            let _ = parse_cdef(&mut t, &src);
            let _ = parse_type(&mut t, &src);
            let int = t.typedefs["int32_t"];
            let params = [TypeParam::Type(int), TypeParam::Int(3), TypeParam::Name("n".into())];
            let _ = parse_type_with(&mut t, &src, &params);
        }
        // Long runs of one token (counters, nesting).
        for w in words {
            let src = format!("{w} ").repeat(400);
            let _ = parse_cdef(&mut t, &src);
            let _ = parse_type(&mut t, &src);
            let _ = parse_cdef(&mut t, &format!("int x{src};"));
        }
        // Random bytes, mostly printable, through the tokenizer.
        for _ in 0..5_000 {
            let n = (next() % 40) as usize;
            let alphabet = b" \n\t\\'\"#/*()[]{};,:?x0123456789abcdefLU_-+<>=!~&|^%.@";
            let bytes: Vec<u8> = (0..n).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let src = String::from_utf8_lossy(&bytes);
            let _ = parse_cdef(&mut t, &src);
            let _ = parse_type(&mut t, &src);
        }
    }
}
