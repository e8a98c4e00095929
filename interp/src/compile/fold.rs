//! Constant folding of numeric operators, with PUC Lua's rules: only numeric
//! literals fold; operations that could raise (division or modulo by zero,
//! bitwise operations on non-integral floats) are left for run time, and so are
//! float results that are NaN or zero (to keep -0.0 and NaN out of constants).

use super::KVal;
use crate::ast::{BinOp, UnOp};
use crate::number::{
    float_floor_div, float_mod, float_to_int_exact, int_floor_div, int_mod, pow, shift_left, shift_right,
};

fn to_f(v: KVal) -> f64 {
    match v {
        KVal::Int(i) => i as f64,
        KVal::Flt(f) => f,
        _ => unreachable!("folding a non-number"),
    }
}

fn to_i(v: KVal) -> Option<i64> {
    match v {
        KVal::Int(i) => Some(i),
        KVal::Flt(f) => float_to_int_exact(f),
        _ => None,
    }
}

/// Accept a folded result unless it is a float NaN or zero.
fn accept(v: KVal) -> Option<KVal> {
    match v {
        KVal::Flt(f) if f.is_nan() || f == 0.0 => None,
        v => Some(v),
    }
}

/// Fold `a op b` for arithmetic and bitwise operators; `None` when it must not fold.
pub fn fold_binary(op: BinOp, a: KVal, b: KVal) -> Option<KVal> {
    use BinOp::*;
    let ints = match (a.clone(), b.clone()) {
        (KVal::Int(x), KVal::Int(y)) => Some((x, y)),
        _ => None,
    };
    let r = match op {
        Add | Sub | Mul => match ints {
            Some((x, y)) => KVal::Int(match op {
                Add => x.wrapping_add(y),
                Sub => x.wrapping_sub(y),
                _ => x.wrapping_mul(y),
            }),
            None => {
                let (x, y) = (to_f(a), to_f(b));
                KVal::Flt(match op {
                    Add => x + y,
                    Sub => x - y,
                    _ => x * y,
                })
            }
        },
        Div | IDiv | Mod => {
            if to_f(b.clone()) == 0.0 {
                return None;
            }
            match (op, ints) {
                (Div, _) => KVal::Flt(to_f(a) / to_f(b)),
                (IDiv, Some((x, y))) => KVal::Int(int_floor_div(x, y)),
                (IDiv, None) => KVal::Flt(float_floor_div(to_f(a), to_f(b))),
                (_, Some((x, y))) => KVal::Int(int_mod(x, y)),
                (_, None) => KVal::Flt(float_mod(to_f(a), to_f(b))),
            }
        }
        Pow => KVal::Flt(pow(to_f(a), to_f(b))),
        BAnd | BOr | BXor | Shl | Shr => {
            let (x, y) = (to_i(a)?, to_i(b)?);
            KVal::Int(match op {
                BAnd => x & y,
                BOr => x | y,
                BXor => x ^ y,
                Shl => shift_left(x, y),
                _ => shift_right(x, y),
            })
        }
        _ => return None,
    };
    accept(r)
}

/// Fold `-a` and `~a`.
pub fn fold_unary(op: UnOp, a: KVal) -> Option<KVal> {
    let r = match (op, a) {
        (UnOp::Neg, KVal::Int(i)) => KVal::Int(i.wrapping_neg()),
        (UnOp::Neg, KVal::Flt(f)) => KVal::Flt(-f),
        (UnOp::BNot, v) => KVal::Int(!to_i(v)?),
        _ => return None,
    };
    accept(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_puc() {
        assert_eq!(fold_binary(BinOp::Add, KVal::Int(i64::MAX), KVal::Int(1)), Some(KVal::Int(i64::MIN)));
        assert_eq!(fold_binary(BinOp::Div, KVal::Int(1), KVal::Int(2)), Some(KVal::Flt(0.5)));
        assert_eq!(fold_binary(BinOp::IDiv, KVal::Int(7), KVal::Int(-2)), Some(KVal::Int(-4)));
        assert_eq!(fold_binary(BinOp::Mod, KVal::Int(-7), KVal::Int(3)), Some(KVal::Int(2)));
        assert_eq!(fold_binary(BinOp::Pow, KVal::Int(2), KVal::Int(10)), Some(KVal::Flt(1024.0)));
        assert_eq!(fold_binary(BinOp::Shl, KVal::Int(1), KVal::Int(64)), Some(KVal::Int(0)));
        assert_eq!(fold_binary(BinOp::BAnd, KVal::Flt(3.0), KVal::Int(1)), Some(KVal::Int(1)));
        // Not folded: could raise, or NaN / zero floats.
        assert_eq!(fold_binary(BinOp::IDiv, KVal::Int(1), KVal::Int(0)), None);
        assert_eq!(fold_binary(BinOp::Mod, KVal::Int(1), KVal::Flt(0.0)), None);
        assert_eq!(fold_binary(BinOp::Div, KVal::Int(0), KVal::Int(0)), None);
        assert_eq!(fold_binary(BinOp::BOr, KVal::Flt(1.5), KVal::Int(1)), None);
        assert_eq!(fold_binary(BinOp::Sub, KVal::Flt(1.0), KVal::Flt(1.0)), None);
        assert_eq!(fold_unary(UnOp::Neg, KVal::Flt(0.0)), None);
        assert_eq!(fold_unary(UnOp::BNot, KVal::Flt(0.5)), None);
        assert_eq!(fold_unary(UnOp::Neg, KVal::Int(i64::MIN)), Some(KVal::Int(i64::MIN)));
    }
}
