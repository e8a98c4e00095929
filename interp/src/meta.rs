//! Metamethod-aware operations shared by the runloop and native functions:
//! indexing, assignment, arithmetic (with Lua 5.4's string coercion), comparison,
//! equality, concatenation, length and `tostring`, with Lua 5.4's error messages.
//!
//! Values passed in may be young objects: every function here uses them before
//! its first allocation or puts them on the VM stack (metamethod calls go through
//! `call_nested`, which may collect).

use crate::callstack::flags;
use crate::error::LuaError;
use crate::number::{
    float_floor_div, float_mod, float_to_int_exact, int_floor_div, int_mod, le_float_int, le_int_float, lt_float_int,
    lt_int_float, number_to_string, pow, shift_left, shift_right, str_to_number,
};
use crate::state::{LuaResult, Tm, Vm};
use crate::value::Value;

/// Loops through `__index`/`__newindex` tables before giving up.
pub const MAX_TAG_LOOP: usize = 2000;

/// Where an operand came from, for the variable part of error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    /// Unknown (not from the running Lua frame).
    None,
    /// Register of the Lua frame on top of the callstack.
    Reg(usize),
    /// Upvalue of the Lua frame on top.
    Up(usize),
}

/// Whether `x == y`, raw equality having said no, may still be true: the
/// pair can have an `__eq` (two tables, or a userdata and anything, see
/// `Vm::equals`). The one rule the runloop's `Eq`, `EqK` and `EqI` and
/// compiled code use to decide whether to call `Vm::equals`.
#[inline(always)]
pub fn eq_needs_equals(x: Value, y: Value) -> bool {
    matches!((x, y), (Value::Table(_), Value::Table(_)) | (Value::UserData(_), _) | (_, Value::UserData(_)))
}

/// Arithmetic and bitwise operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
}

impl ArithOp {
    pub fn tm(self) -> Tm {
        match self {
            ArithOp::Add => Tm::Add,
            ArithOp::Sub => Tm::Sub,
            ArithOp::Mul => Tm::Mul,
            ArithOp::Mod => Tm::Mod,
            ArithOp::Pow => Tm::Pow,
            ArithOp::Div => Tm::Div,
            ArithOp::IDiv => Tm::IDiv,
            ArithOp::BAnd => Tm::BAnd,
            ArithOp::BOr => Tm::BOr,
            ArithOp::BXor => Tm::BXor,
            ArithOp::Shl => Tm::Shl,
            ArithOp::Shr => Tm::Shr,
            ArithOp::Unm => Tm::Unm,
            ArithOp::BNot => Tm::BNot,
        }
    }
    pub fn is_bitwise(self) -> bool {
        matches!(self, ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr | ArithOp::BNot)
    }
    /// The event name without "__" ("add").
    pub fn event_name(self) -> &'static str {
        &crate::state::TM_NAMES[self.tm() as usize][2..]
    }
}

/// Why arithmetic on two values did not produce a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithFail {
    /// An operand is not a number.
    NotNumbers,
    /// A bitwise operand (0 = first, 1 = second) is a float without integer value.
    NoIntRep(u8),
    /// Integer `//` by zero.
    DivByZero,
    /// Integer `%` by zero.
    ModByZero,
}

// ---------------------------------------------------------------- numbers
// The number rules themselves (division, modulo, power, shifts, exact mixed
// comparisons) live once, in number.rs; this file adds coercion, metamethods
// and errors around them.

/// Integer value of a number for bitwise operations.
#[inline]
fn to_int_bits(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Float(f) => float_to_int_exact(f),
        _ => None,
    }
}

#[inline]
fn to_float(v: Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

/// Arithmetic on two numbers (no strings, no metamethods). For unary
/// operators `y` is ignored.
pub fn arith_num(op: ArithOp, x: Value, y: Value) -> Result<Value, ArithFail> {
    use ArithOp::*;
    if op.is_bitwise() {
        let (Some(_), Some(_)) = (to_float(x), to_float(if op == BNot { x } else { y })) else {
            return Err(ArithFail::NotNumbers);
        };
        let a = to_int_bits(x).ok_or(ArithFail::NoIntRep(0))?;
        let b = if op == BNot { 0 } else { to_int_bits(y).ok_or(ArithFail::NoIntRep(1))? };
        return Ok(Value::Int(match op {
            BAnd => a & b,
            BOr => a | b,
            BXor => a ^ b,
            Shl => shift_left(a, b),
            Shr => shift_right(a, b),
            _ => !a,
        }));
    }
    if op == Unm {
        return match x {
            Value::Int(i) => Ok(Value::Int(i.wrapping_neg())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => Err(ArithFail::NotNumbers),
        };
    }
    if let (Value::Int(a), Value::Int(b)) = (x, y) {
        return Ok(match op {
            Add => Value::Int(a.wrapping_add(b)),
            Sub => Value::Int(a.wrapping_sub(b)),
            Mul => Value::Int(a.wrapping_mul(b)),
            Mod if b == 0 => return Err(ArithFail::ModByZero),
            Mod => Value::Int(int_mod(a, b)),
            IDiv if b == 0 => return Err(ArithFail::DivByZero),
            IDiv => Value::Int(int_floor_div(a, b)),
            Div => Value::Float(a as f64 / b as f64),
            _ => Value::Float(pow(a as f64, b as f64)),
        });
    }
    let (Some(a), Some(b)) = (to_float(x), to_float(y)) else { return Err(ArithFail::NotNumbers) };
    Ok(Value::Float(match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Mod => float_mod(a, b),
        Pow => pow(a, b),
        Div => a / b,
        _ => float_floor_div(a, b),
    }))
}

/// A number, or a string that reads as one (string arithmetic coercion).
#[inline]
pub fn to_number(v: Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::Float(_) => Some(v),
        Value::Str(s) => str_to_number(s.as_bytes()),
        _ => None,
    }
}

/// `x < y` for two numbers; `None` if either is not a number.
#[inline]
pub fn num_lt(x: Value, y: Value) -> Option<bool> {
    Some(match (x, y) {
        (Value::Int(a), Value::Int(b)) => a < b,
        (Value::Float(a), Value::Float(b)) => a < b,
        (Value::Int(a), Value::Float(b)) => lt_int_float(a, b),
        (Value::Float(a), Value::Int(b)) => lt_float_int(a, b),
        _ => return None,
    })
}

/// `x <= y` for two numbers; `None` if either is not a number.
#[inline]
pub fn num_le(x: Value, y: Value) -> Option<bool> {
    Some(match (x, y) {
        (Value::Int(a), Value::Int(b)) => a <= b,
        (Value::Float(a), Value::Float(b)) => a <= b,
        (Value::Int(a), Value::Float(b)) => le_int_float(a, b),
        (Value::Float(a), Value::Int(b)) => le_float_int(a, b),
        _ => return None,
    })
}

#[inline]
fn is_str_or_num(v: Value) -> bool {
    matches!(v, Value::Str(_) | Value::Int(_) | Value::Float(_))
}

// ---------------------------------------------------------------- operations

impl Vm {
    /// Type name for runtime errors (`luaT_objtypename`): `__name` if it is a string.
    pub fn obj_type_name(&self, v: Value) -> String {
        if matches!(v, Value::Table(_) | Value::UserData(_)) {
            if let Some(mt) = self.metatable_of(v) {
                if let Value::Str(s) = mt.get_str(self.tm_names[Tm::Name as usize]) {
                    return s.to_str_lossy().into_owned();
                }
            }
        }
        v.type_name().to_string()
    }

    /// Call `f(args...)` from Rust and return its first result.
    pub fn call_value(&mut self, f: Value, args: &[Value]) -> LuaResult<Value> {
        self.ensure_stack(args.len() + 1)?;
        self.push(f);
        for &a in args {
            self.push(a);
        }
        self.call_nested(args.len(), 1)?;
        Ok(self.pop())
    }

    /// Call the metamethod `f(args...)` for the operation being done and return
    /// its first result. Called by an instruction of the Lua frame on top, the
    /// call may yield (the instruction is completed by `finish_op` on resume);
    /// called by a native, it is an ordinary nested call. `extra`/`aux`: see
    /// `call_nested_yieldable`.
    fn call_mm(&mut self, f: Value, args: &[Value], extra: u8, aux: usize) -> LuaResult<Value> {
        if !self.frames.last().is_some_and(|fr| fr.is_lua()) {
            return self.call_value(f, args);
        }
        self.ensure_stack(args.len() + 1)?;
        self.push(f);
        for &a in args {
            self.push(a);
        }
        self.call_nested_yieldable(args.len(), 1, extra, aux)?;
        Ok(self.pop())
    }

    /// `obj[key]` with `__index` (`lua_gettable`). A table read that no
    /// metamethod can change is done here (`get_plain`, the runloop's rule),
    /// so natives walking plain tables (`table.sort`, `concat`, `unpack`) do
    /// not go through the metamethod loop.
    #[inline]
    pub fn index(&mut self, obj: Value, key: Value) -> LuaResult<Value> {
        if let Value::Table(tb) = obj {
            // SAFETY: `key` is a local value.
            if let Some(v) = unsafe { Vm::get_plain(tb, &key) } {
                return Ok(v);
            }
        }
        self.index_from(obj, key, Src::None)
    }

    /// `obj[key]`; `src` names `obj` in error messages.
    pub fn index_from(&mut self, obj: Value, key: Value, src: Src) -> LuaResult<Value> {
        let mut t = obj;
        let mut src = src;
        for _ in 0..MAX_TAG_LOOP {
            let mm = if let Value::Table(tb) = t {
                let v = tb.get(key);
                if !v.is_nil() {
                    return Ok(v);
                }
                match tb.meta.get() {
                    None => return Ok(Value::Nil),
                    Some(mt) => {
                        let mm = mt.get_str(self.tm_names[Tm::Index as usize]);
                        if mm.is_nil() {
                            return Ok(Value::Nil);
                        }
                        mm
                    }
                }
            } else {
                let mm = self.metamethod(t, Tm::Index);
                if mm.is_nil() {
                    return Err(self.index_error(t, src));
                }
                mm
            };
            if mm.is_function() {
                return self.call_mm(mm, &[t, key], 0, 0);
            }
            t = mm;
            src = Src::None;
        }
        Err(self.runtime_error("'__index' chain too long; possible loop"))
    }

    #[cold]
    fn index_error(&mut self, t: Value, src: Src) -> LuaError {
        let info = self.varinfo(src);
        let tn = self.obj_type_name(t);
        self.runtime_error(format!("attempt to index a {tn} value{info}"))
    }

    /// `obj[key] = val` with `__newindex` (`lua_settable`). A store into a
    /// table without a metatable is done here (`set_plain`, the runloop's
    /// rule); everything else goes to `set_index_from`.
    #[inline]
    pub fn set_index(&mut self, obj: Value, key: Value, val: Value) -> LuaResult<()> {
        if let Value::Table(tb) = obj {
            if self.set_plain(tb, key, val) {
                return Ok(());
            }
        }
        self.set_index_from(obj, key, val, Src::None)
    }

    /// `obj[key] = val`; `src` names `obj` in error messages.
    pub fn set_index_from(&mut self, obj: Value, key: Value, val: Value, src: Src) -> LuaResult<()> {
        let mut t = obj;
        let mut src = src;
        for _ in 0..MAX_TAG_LOOP {
            let mm = if let Value::Table(tb) = t {
                match tb.meta.get() {
                    None => return self.table_set(tb, key, val),
                    Some(mt) => {
                        if !tb.get(key).is_nil() {
                            return self.table_set(tb, key, val);
                        }
                        let mm = mt.get_str(self.tm_names[Tm::NewIndex as usize]);
                        if mm.is_nil() {
                            return self.table_set(tb, key, val);
                        }
                        mm
                    }
                }
            } else {
                let mm = self.metamethod(t, Tm::NewIndex);
                if mm.is_nil() {
                    return Err(self.index_error(t, src));
                }
                mm
            };
            if mm.is_function() {
                self.ensure_stack(4)?;
                self.push(mm);
                self.push(t);
                self.push(key);
                self.push(val);
                if self.frames.last().is_some_and(|fr| fr.is_lua()) {
                    self.call_nested_yieldable(3, 0, 0, 0)?;
                } else {
                    self.call_nested(3, 0)?;
                }
                return Ok(());
            }
            t = mm;
            src = Src::None;
        }
        Err(self.runtime_error("'__newindex' chain too long; possible loop"))
    }

    /// `x op y` with metamethods (`lua_arith`); for unary operators pass `y = x`.
    pub fn arith(&mut self, op: ArithOp, x: Value, y: Value) -> LuaResult<Value> {
        self.arith_from(op, x, y, Src::None, Src::None)
    }

    /// `x op y`; `sx`/`sy` name the operands in error messages. Order as in Lua
    /// 5.4: numbers; the first operand's metamethod (strings: their arithmetic
    /// coercion); the second's.
    pub fn arith_from(&mut self, op: ArithOp, x: Value, y: Value, sx: Src, sy: Src) -> LuaResult<Value> {
        match arith_num(op, x, y) {
            Ok(v) => return Ok(v),
            Err(ArithFail::NotNumbers) => {}
            Err(f) => return Err(self.arith_error(op, f, x, y, sx, sy)),
        }
        // Numeric strings take part through the string metatable's metamethods.
        let tm = op.tm();
        let mm = self.metamethod(x, tm);
        if !mm.is_nil() {
            return self.call_mm(mm, &[x, y], 0, 0);
        }
        let mm = self.metamethod(y, tm);
        if !mm.is_nil() {
            return self.call_mm(mm, &[x, y], 0, 0);
        }
        Err(self.arith_error(op, ArithFail::NotNumbers, x, y, sx, sy))
    }

    /// Raise `msg` as a string error without position.
    pub fn plain_error(&mut self, msg: &str) -> LuaError {
        let s = self.new_str_value(msg.as_bytes());
        self.throw(s)
    }

    #[cold]
    fn arith_error(&mut self, op: ArithOp, f: ArithFail, x: Value, y: Value, sx: Src, sy: Src) -> LuaError {
        match f {
            ArithFail::DivByZero => self.runtime_error("attempt to divide by zero"),
            ArithFail::ModByZero => self.runtime_error("attempt to perform 'n%0'"),
            ArithFail::NoIntRep(i) => {
                let info = self.varinfo(if i == 0 { sx } else { sy });
                self.runtime_error(format!("number{info} has no integer representation"))
            }
            ArithFail::NotNumbers => {
                let (bad, src) = if to_float(x).is_none() { (x, sx) } else { (y, sy) };
                let info = self.varinfo(src);
                let tn = self.obj_type_name(bad);
                let what = if op.is_bitwise() { "perform bitwise operation on" } else { "perform arithmetic on" };
                self.runtime_error(format!("attempt to {what} a {tn} value{info}"))
            }
        }
    }

    /// `x < y` with `__lt`.
    pub fn less_than(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        if let Some(r) = num_lt(x, y) {
            return Ok(r);
        }
        if let (Value::Str(a), Value::Str(b)) = (x, y) {
            return Ok(a.as_bytes() < b.as_bytes());
        }
        self.order_mm(x, y, Tm::Lt, false)
    }

    /// `x <= y` with `__le`.
    pub fn less_equal(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        if let Some(r) = num_le(x, y) {
            return Ok(r);
        }
        if let (Value::Str(a), Value::Str(b)) = (x, y) {
            return Ok(a.as_bytes() <= b.as_bytes());
        }
        self.order_mm(x, y, Tm::Le, false)
    }

    /// Order comparison through a metamethod; `flip` reports the operands
    /// swapped in the error (instructions comparing with an immediate).
    pub(crate) fn order_mm(&mut self, x: Value, y: Value, tm: Tm, flip: bool) -> LuaResult<bool> {
        let mut mm = self.metamethod(x, tm);
        if mm.is_nil() {
            mm = self.metamethod(y, tm);
        }
        if mm.is_nil() && tm == Tm::Le {
            // LUA_COMPAT_LT_LE (on in the standard lua5.4 build): `a <= b` as `not (b < a)`.
            let mut lt = self.metamethod(y, Tm::Lt);
            if lt.is_nil() {
                lt = self.metamethod(x, Tm::Lt);
            }
            if !lt.is_nil() {
                return Ok(!self.call_mm(lt, &[y, x], flags::NEGATE, 0)?.truthy());
            }
        }
        if mm.is_nil() {
            let (a, b) = if flip { (y, x) } else { (x, y) };
            return Err(self.order_error(a, b));
        }
        Ok(self.call_mm(mm, &[x, y], 0, 0)?.truthy())
    }

    #[cold]
    fn order_error(&mut self, x: Value, y: Value) -> LuaError {
        let (a, b) = (self.obj_type_name(x), self.obj_type_name(y));
        if a == b {
            self.runtime_error(format!("attempt to compare two {a} values"))
        } else {
            self.runtime_error(format!("attempt to compare {a} with {b}"))
        }
    }

    /// `x == y` with `__eq`: between two tables or two userdata (Lua 5.4),
    /// and between a userdata that `eq_any_userdata` accepts and any other
    /// value (the FFI's cdata: `ptr == nil`, `cdata == 5`, as LuaJIT).
    pub fn equals(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        if x.raw_eq(&y) {
            return Ok(true);
        }
        match (x, y) {
            (Value::Table(_), Value::Table(_)) | (Value::UserData(_), Value::UserData(_)) => {
                let mut mm = self.metamethod(x, Tm::Eq);
                if mm.is_nil() {
                    mm = self.metamethod(y, Tm::Eq);
                }
                if mm.is_nil() {
                    return Ok(false);
                }
                Ok(self.call_mm(mm, &[x, y], 0, 0)?.truthy())
            }
            (Value::UserData(u), _) | (_, Value::UserData(u)) => self.equals_any_userdata(u, x, y),
            _ => Ok(false),
        }
    }

    /// `x == y` where `u` is one of them and the other is no userdata: its
    /// `__eq` when `eq_any_userdata` accepts it, else false.
    #[cold]
    fn equals_any_userdata(&mut self, u: kiln_gc::Gc<crate::object::UserData>, x: Value, y: Value) -> LuaResult<bool> {
        match self.eq_any_userdata {
            Some(accepts) if accepts(&u) => {}
            _ => return Ok(false),
        }
        let mm = self.metamethod(Value::UserData(u), Tm::Eq);
        if mm.is_nil() {
            return Ok(false);
        }
        Ok(self.call_mm(mm, &[x, y], 0, 0)?.truthy())
    }

    /// `#v` with `__len`.
    pub fn len(&mut self, v: Value) -> LuaResult<Value> {
        self.len_from(v, Src::None)
    }

    pub fn len_from(&mut self, v: Value, src: Src) -> LuaResult<Value> {
        match v {
            Value::Str(s) => Ok(Value::Int(s.len() as i64)),
            Value::Table(t) => {
                let mm = self.metamethod(v, Tm::Len);
                if mm.is_nil() {
                    Ok(Value::Int(t.len()))
                } else {
                    // The operand is passed twice, as PUC's luaT_callTMres does.
                    self.call_mm(mm, &[v, v], 0, 0)
                }
            }
            _ => {
                let mm = self.metamethod(v, Tm::Len);
                if mm.is_nil() {
                    let info = self.varinfo(src);
                    let tn = self.obj_type_name(v);
                    return Err(self.runtime_error(format!("attempt to get length of a {tn} value{info}")));
                }
                self.call_mm(mm, &[v, v], 0, 0)
            }
        }
    }

    /// Concatenate the `n >= 1` values at the top of the stack (`lua_concat`),
    /// leaving the result in their place.
    pub fn concat_top(&mut self, n: usize) -> LuaResult<()> {
        if n == 0 {
            let s = self.new_str_value(b"");
            self.push(s);
            return Ok(());
        }
        let first = self.top - n;
        self.concat_slots(first, n)?;
        self.top = first + 1;
        Ok(())
    }

    /// Concatenate stack slots `first..first+n` into `first`, right to left as
    /// Lua does (runs of strings and numbers at once, `__concat` for the rest).
    pub(crate) fn concat_slots(&mut self, first: usize, n: usize) -> LuaResult<()> {
        let mut n = n;
        while n > 1 {
            let top = first + n;
            let (x, y) = (self.stack[top - 2], self.stack[top - 1]);
            if !is_str_or_num(x) || !is_str_or_num(y) {
                let mut mm = self.metamethod(x, Tm::Concat);
                if mm.is_nil() {
                    mm = self.metamethod(y, Tm::Concat);
                }
                if mm.is_nil() {
                    let bad = if is_str_or_num(x) { top - 1 } else { top - 2 };
                    return Err(self.concat_error(bad));
                }
                let r = self.call_mm(mm, &[x, y], 0, top - 2)?;
                self.stack[top - 2] = r;
                n -= 1;
                continue;
            }
            let mut k = 2;
            while k < n && is_str_or_num(self.stack[top - k - 1]) {
                k += 1;
            }
            // Numbers' texts first; then the result is allocated (which may
            // collect: the parts are re-read from the stack) and filled in place.
            let numbers: Vec<String> = self.stack[top - k..top]
                .iter()
                .filter(|v| !matches!(v, Value::Str(_)))
                .map(|&v| number_to_string(v))
                .collect();
            let len = self.stack[top - k..top]
                .iter()
                .filter_map(|v| if let Value::Str(s) = v { Some(s.len()) } else { None })
                .chain(numbers.iter().map(String::len))
                .fold(0usize, usize::saturating_add);
            if len >= (i64::MAX as usize) / 2 {
                return Err(self.runtime_error("string length overflow"));
            }
            let s = self.try_new_str_zeroed(len)?;
            // SAFETY: `s` was just allocated and nothing else refers to it.
            let out = unsafe { s.fresh_bytes_mut() };
            let mut numbers = numbers.iter();
            let mut at = 0;
            for v in &self.stack[top - k..top] {
                let part = match v {
                    Value::Str(part) => part.as_bytes(),
                    _ => numbers.next().expect("one text per number").as_bytes(),
                };
                out[at..at + part.len()].copy_from_slice(part);
                at += part.len();
            }
            let s = Value::Str(s);
            self.stack[top - k] = s;
            n -= k - 1;
        }
        Ok(())
    }

    #[cold]
    fn concat_error(&mut self, slot: usize) -> LuaError {
        let v = self.stack[slot];
        let src = self.slot_src(slot);
        let info = self.varinfo(src);
        let tn = self.obj_type_name(v);
        self.runtime_error(format!("attempt to concatenate a {tn} value{info}"))
    }

    /// `tostring(v)` with `__tostring` and `__name`, as a string value.
    pub fn tostring(&mut self, v: Value) -> LuaResult<Value> {
        let mm = self.metamethod(v, Tm::ToString);
        if !mm.is_nil() {
            let r = self.call_value(mm, &[v])?;
            return match r {
                Value::Str(_) => Ok(r),
                Value::Int(_) | Value::Float(_) => Ok(self.new_str_value(number_to_string(r).as_bytes())),
                _ => Err(self.rt_error("'__tostring' must return a string")),
            };
        }
        let text = match v {
            Value::Str(_) => return Ok(v),
            Value::Nil => "nil".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Int(_) | Value::Float(_) => number_to_string(v),
            _ => format!("{}: {}", self.obj_type_name(v), address_of(v)),
        };
        Ok(self.new_str_value(text.as_bytes()))
    }
}

/// Longest string PUC Lua interns (`LUAI_MAXSHORTLEN`): equal strings up to
/// this length are one object there, so `%p` shows them at one address.
pub const MAX_SHORT_STR: usize = 40;

/// A stable "address" for printing objects (`%p`, `tostring`): objects move,
/// so their identity hash stands in for the pointer Lua prints. kiln does not
/// intern strings, so a short string's address is derived from its bytes
/// (FNV-1a, 64 bits, top bit set): equal short strings print alike, as
/// interned ones do in PUC, and the 16-digit form never equals an object's
/// 8-digit identity.
pub fn address_of(v: Value) -> String {
    match v {
        Value::LightUserData(p) => format!("{p:#x}"),
        Value::Str(s) if s.len() <= MAX_SHORT_STR => format!("0x{:016x}", short_string_address(s.as_bytes())),
        _ => match v.gc_header() {
            // SAFETY: a collectable value's header is live while the value is.
            Some(h) => format!("0x{:08x}", unsafe { h.as_ref() }.identity()),
            None => "0x0".to_string(),
        },
    }
}

/// The printed address of a short string: a function of its bytes only.
fn short_string_address(bytes: &[u8]) -> u64 {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    hash | 1 << 63
}
