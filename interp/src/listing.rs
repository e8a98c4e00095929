//! Readable bytecode listings of a prototype and its children (golden tests,
//! the CLI's `--list`).
//!
//! Format, one function after the other (children after their parent):
//! ```text
//! main <t.lua:0,0> params 0, vararg, slots 2, upvalues 1, constants 1, functions 0
//!   upvalue 0 _ENV (stack 0)
//!   constant 0 "print"
//!   local 0 x [3, 7)
//!      0 [1] VarArgPrep 0
//!      1 [1] GetTabUp 0 0 0 ; _ENV "print"
//! ```
//! Instruction lines are: index, [source line], mnemonic, operands in field
//! order, then a comment naming constants, upvalues and jump targets.

use crate::bytecode::{Op, MULTI, RK_CONST};
use crate::object::Proto;
use crate::value::Value;
use std::fmt::Write;

/// The listing of `p` and, recursively, its nested functions.
pub fn listing(p: &Proto) -> String {
    let mut out = String::new();
    list_proto(p, &mut out);
    out
}

fn list_proto(p: &Proto, out: &mut String) {
    let src = p.short_source();
    let kind = if p.line_defined == 0 { "main" } else { "function" };
    let _ = writeln!(
        out,
        "{kind} <{src}:{},{}> params {}{}, slots {}, upvalues {}, constants {}, functions {}",
        p.line_defined,
        p.last_line_defined,
        p.num_params,
        if p.is_vararg { ", vararg" } else { "" },
        p.max_stack,
        p.upvals.len(),
        p.consts.len(),
        p.protos.len()
    );
    for (i, u) in p.upvals.iter().enumerate() {
        let name = u.name.as_deref().unwrap_or("?");
        let place = if u.in_stack { "stack" } else { "upvalue" };
        let _ = writeln!(out, "  upvalue {i} {name} ({place} {})", u.index);
    }
    for i in 0..p.consts.len() {
        let _ = writeln!(out, "  constant {i} {}", const_text(p.k(i)));
    }
    for (i, l) in p.locvars.iter().enumerate() {
        let _ = writeln!(out, "  local {i} {} [{}, {})", l.name, l.start_pc, l.end_pc);
    }
    for (pc, op) in p.code.iter().enumerate() {
        let line = p.lines.get(pc).copied().unwrap_or(0);
        let (name, operands) = op_parts(op);
        let _ = write!(out, "  {pc:4} [{line}] {name}");
        if !operands.is_empty() {
            let _ = write!(out, " {operands}");
        }
        let c = comment(p, op);
        if !c.is_empty() {
            let _ = write!(out, " ; {c}");
        }
        out.push('\n');
    }
    for child in p.protos.iter() {
        out.push('\n');
        list_proto(&child.get(), out);
    }
}

/// Mnemonic and operand values, taken from the instruction's field order.
fn op_parts(op: &Op) -> (String, String) {
    let dbg = format!("{op:?}");
    let Some((name, rest)) = dbg.split_once(" {") else { return (dbg, String::new()) };
    let fields = rest.trim_end_matches('}').trim();
    let values: Vec<&str> = fields
        .split(", ")
        .map(|f| f.split_once(": ").map_or(f, |(_, v)| v))
        .map(|v| match v {
            "true" => "1",
            "false" => "0",
            v => v,
        })
        .collect();
    (name.to_string(), values.join(" "))
}

/// A constant as Lua source would spell it.
fn const_text(v: Value) -> String {
    match v {
        Value::Nil => "nil".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::number::float_to_string(f),
        Value::Str(s) => {
            let mut out = String::from("\"");
            for &c in s.as_bytes() {
                match c {
                    b'"' => out.push_str("\\\""),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    0x20..=0x7e => out.push(c as char),
                    _ => {
                        let _ = write!(out, "\\x{c:02x}");
                    }
                }
            }
            out.push('"');
            out
        }
        other => other.type_name().into(),
    }
}

fn upval_name(p: &Proto, i: u8) -> String {
    p.upvals.get(i as usize).and_then(|u| u.name.as_deref()).unwrap_or("?").to_string()
}

fn k_text(p: &Proto, k: usize) -> String {
    if k < p.consts.len() {
        const_text(p.k(k))
    } else {
        format!("<bad constant {k}>")
    }
}

/// Comment for an Rk operand that names a constant ("" for registers).
fn rk_text(p: &Proto, v: u16) -> Option<String> {
    (v >= RK_CONST).then(|| k_text(p, (v - RK_CONST) as usize))
}

fn count(n: u8, what: &str) -> String {
    if n == MULTI {
        format!("all {what}")
    } else {
        format!("{} {what}", n - 1)
    }
}

fn comment(p: &Proto, op: &Op) -> String {
    let join = |parts: Vec<Option<String>>| parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
    match *op {
        Op::LoadK { k, .. } => k_text(p, k as usize),
        Op::GetUpval { b, .. } | Op::SetUpval { b, .. } => upval_name(p, b),
        Op::GetTabUp { up, k, .. } => format!("{} {}", upval_name(p, up), k_text(p, k as usize)),
        Op::SetTabUp { up, k, v } => join(vec![Some(upval_name(p, up)), Some(k_text(p, k as usize)), rk_text(p, v)]),
        Op::GetField { k, .. } | Op::SelfOp { k, .. } => k_text(p, k as usize),
        Op::SetField { k, v, .. } => join(vec![Some(k_text(p, k as usize)), rk_text(p, v)]),
        Op::SetTable { v, .. } | Op::SetI { v, .. } => rk_text(p, v).unwrap_or_default(),
        Op::AddK { k, .. }
        | Op::SubK { k, .. }
        | Op::MulK { k, .. }
        | Op::ModK { k, .. }
        | Op::PowK { k, .. }
        | Op::DivK { k, .. }
        | Op::IDivK { k, .. }
        | Op::BAndK { k, .. }
        | Op::BOrK { k, .. }
        | Op::BXorK { k, .. } => k_text(p, k as usize),
        Op::EqK { kc, .. } => k_text(p, kc as usize),
        Op::Jmp { to } => format!("to {to}"),
        Op::ForPrep { exit, .. } => format!("exit to {exit}"),
        Op::ForLoop { body, .. } | Op::TForLoop { body, .. } => format!("to {body}"),
        Op::TForPrep { call, .. } => format!("to {call}"),
        Op::Call { b, c, .. } => format!("{}, {}", count(b, "in"), count(c, "out")),
        Op::TailCall { b, .. } => count(b, "in"),
        Op::Return { b, .. } => count(b, "out"),
        Op::VarArg { c, .. } => count(c, "out"),
        Op::SetList { n, .. } if n == MULTI => "to top".into(),
        Op::Closure { p: i, .. } => match p.protos.get(i as usize) {
            Some(c) => {
                let c = c.get();
                format!("function <{}:{},{}>", c.short_source(), c.line_defined, c.last_line_defined)
            }
            None => format!("<bad function {i}>"),
        },
        _ => String::new(),
    }
}
