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
//! order (flags as 0/1), then a comment naming constants, upvalues and jump
//! targets. Names, operands and comments come from the opcode table
//! (`Op::name`, `Op::operands` and their roles), so a new instruction lists
//! without changes here.

use crate::bytecode::{Op, Role, MULTI, RK_CONST};
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
        let _ = write!(out, "  {pc:4} [{line}] {}", op.name());
        for (_, v) in op.operands() {
            let _ = write!(out, " {v}");
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

/// The comment naming what the operands refer to, from their roles:
/// constants, upvalues, jump targets, functions and value counts (counts are
/// separated by commas, the rest by spaces).
fn comment(p: &Proto, op: &Op) -> String {
    let mut out = String::new();
    for (operand, v) in op.operands() {
        let (text, is_count) = match operand.role {
            Role::Const => (k_text(p, v as usize), false),
            Role::Upval => (upval_name(p, v as u8), false),
            Role::Rk => match rk_text(p, v as u16) {
                Some(t) => (t, false),
                None => continue,
            },
            // `ForPrep` goes to its target when the loop runs no iteration.
            Role::Target if operand.name == "exit" => (format!("exit to {v}"), false),
            Role::Target => (format!("to {v}"), false),
            Role::Proto => (function_text(p, v as usize), false),
            Role::Args => (count(v as u8, "in"), true),
            Role::Rets | Role::Results => (count(v as u8, "out"), true),
            Role::Items if v == MULTI as i64 => ("to top".into(), true),
            _ => continue,
        };
        if !out.is_empty() {
            out.push_str(if is_count { ", " } else { " " });
        }
        out.push_str(&text);
    }
    out
}

fn function_text(p: &Proto, i: usize) -> String {
    match p.protos.get(i) {
        Some(c) => {
            let c = c.get();
            format!("function <{}:{},{}>", c.short_source(), c.line_defined, c.last_line_defined)
        }
        None => format!("<bad function {i}>"),
    }
}

#[cfg(test)]
mod tests {
    use crate::bytecode::{samples, Op};

    #[test]
    fn every_opcode_lists_with_its_name_and_operands() {
        let ops = samples::distinct();
        let text = super::listing(&samples::proto(ops.clone()));
        let lines: Vec<&str> =
            text.lines().filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit())).collect();
        assert_eq!(lines.len(), ops.len());
        for (pc, (op, line)) in ops.iter().zip(lines).enumerate() {
            let values: String = op.operands().map(|(_, v)| format!(" {v}")).collect();
            let head = format!("  {pc:4} [0] {}{values}", op.name());
            assert!(line == head || line.starts_with(&format!("{head} ; ")), "{line:?} is not {head:?}...");
        }
    }

    #[test]
    fn comments_name_what_operands_refer_to() {
        let p = samples::proto(vec![
            Op::GetTabUp { a: 0, up: 0, k: 0 },
            Op::SetTabUp { up: 0, k: 0, v: crate::bytecode::RK_CONST },
            Op::Call { a: 0, b: 2, c: 0 },
            Op::ForPrep { a: 0, exit: 7 },
            Op::SetList { a: 0, n: 0, start: 0 },
            Op::Closure { a: 0, p: 3 },
        ]);
        let text = super::listing(&p);
        let comments: Vec<&str> = text.lines().filter_map(|l| l.split_once(" ; ").map(|(_, c)| c)).collect();
        assert_eq!(comments, ["up 42", "up 42 42", "1 in, all out", "exit to 7", "to top", "<bad function 3>"]);
    }
}
