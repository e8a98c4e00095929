//! Integer division by a constant without `idiv`: the multiplier and shift that turn `x / d` (truncated)
//! into a high multiply (Hacker's Delight, chapter 10, "signed division by constants"), and the rules by
//! which a truncated quotient becomes Lua's floor quotient and modulo.
//!
//! `Magic::quotient` is the emitted sequence written in Rust, so the unit tests below check the exact
//! arithmetic the generated code performs against `i64` division, extremes included.

/// How to divide by a constant `d` with `|d| >= 2`: `q = mulhi(mul, x)`, plus `x` when `add` is 1 or
/// minus `x` when it is -1, shifted right arithmetically by `shift`, plus one when negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Magic {
    pub mul: i64,
    pub add: i8,
    pub shift: u8,
}

impl Magic {
    /// The magic numbers for `d`, or `None` for -1, 0 and 1 (which take other paths).
    pub fn for_divisor(d: i64) -> Option<Magic> {
        if (-1..=1).contains(&d) {
            return None;
        }
        const TWO63: u64 = 1 << 63;
        let ad = d.unsigned_abs();
        let t = TWO63 + ((d as u64) >> 63);
        let anc = t - 1 - t % ad;
        let mut p = 63u32;
        let (mut q1, mut r1) = (TWO63 / anc, TWO63 - (TWO63 / anc) * anc);
        let (mut q2, mut r2) = (TWO63 / ad, TWO63 - (TWO63 / ad) * ad);
        loop {
            p += 1;
            q1 = q1.wrapping_mul(2);
            r1 = r1.wrapping_mul(2);
            if r1 >= anc {
                q1 = q1.wrapping_add(1);
                r1 = r1.wrapping_sub(anc);
            }
            q2 = q2.wrapping_mul(2);
            r2 = r2.wrapping_mul(2);
            if r2 >= ad {
                q2 = q2.wrapping_add(1);
                r2 = r2.wrapping_sub(ad);
            }
            let delta = ad - r2;
            if !(q1 < delta || (q1 == delta && r1 == 0)) {
                break;
            }
        }
        let m = q2.wrapping_add(1) as i64;
        let mul = if d < 0 { m.wrapping_neg() } else { m };
        let add = match (d > 0, mul < 0) {
            (true, true) => 1,
            (false, false) => -1,
            _ => 0,
        };
        Some(Magic { mul, add, shift: (p - 64) as u8 })
    }

    /// The truncated quotient `x / d`, computed as the generated code does.
    #[cfg(test)]
    fn quotient(self, x: i64) -> i64 {
        let mut hi = ((self.mul as i128 * x as i128) >> 64) as i64;
        hi = match self.add {
            1 => hi.wrapping_add(x),
            -1 => hi.wrapping_sub(x),
            _ => hi,
        };
        hi >>= self.shift;
        hi + ((hi as u64) >> 63) as i64
    }
}

/// Lua's floor modulo from a truncated quotient `q` of `x / d`: the remainder, plus `d` when it is not
/// zero and its sign differs from `d`'s (as `int_mod`).
#[cfg(test)]
fn floor_mod(x: i64, d: i64, q: i64) -> i64 {
    let r = x.wrapping_sub(q.wrapping_mul(d));
    if r != 0 && (r ^ d) < 0 {
        r + d
    } else {
        r
    }
}

/// Lua's floor division from a truncated quotient (as `int_idiv`).
#[cfg(test)]
fn floor_div(x: i64, d: i64, q: i64) -> i64 {
    let r = x.wrapping_sub(q.wrapping_mul(d));
    if r != 0 && (r ^ d) < 0 {
        q - 1
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn divisors() -> Vec<i64> {
        let mut ds = vec![2, 3, 5, 6, 7, 10, 13, 26, 1000, 1000003, 65537, 139968, 2147483647, 1000000007];
        ds.extend([i64::MAX, i64::MAX - 1, i64::MIN, i64::MIN + 1, 1 << 62, (1 << 62) + 1, 3 << 40]);
        for k in 1..63 {
            ds.push(1 << k);
            ds.push((1 << k) + 1);
            ds.push((1 << k) - 1);
        }
        let neg: Vec<i64> = ds.iter().filter(|&&d| d != i64::MIN).map(|d| -d).collect();
        ds.extend(neg);
        ds.retain(|d| !(-1..=1).contains(d));
        ds
    }

    fn dividends() -> Vec<i64> {
        let mut xs = vec![0, 1, -1, 2, -2, 6, -6, 7, -7, 13, -13, i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1];
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            xs.push(s as i64);
            xs.push((s >> 33) as i64);
            xs.push(-((s >> 40) as i64));
        }
        xs
    }

    /// Floor quotient and modulo in 128 bits: the definition, not a copy of the code under test.
    fn reference(x: i64, d: i64) -> (i64, i64) {
        let (x, d) = (x as i128, d as i128);
        let mut q = x / d;
        if x % d != 0 && ((x < 0) != (d < 0)) {
            q -= 1;
        }
        (q as i64, (x - q * d) as i64)
    }

    #[test]
    fn quotients_match_integer_division() {
        let xs = dividends();
        for d in divisors() {
            let m = Magic::for_divisor(d).unwrap();
            for &x in &xs {
                let q = m.quotient(x);
                assert_eq!(q, x.wrapping_div(d), "{x} / {d} with {m:?}");
                let (fq, fm) = reference(x, d);
                assert_eq!(floor_div(x, d, q), fq, "{x} // {d}");
                assert_eq!(floor_mod(x, d, q), fm, "{x} % {d}");
            }
        }
    }

    #[test]
    fn no_magic_for_minus_one_zero_one() {
        assert_eq!(Magic::for_divisor(-1), None);
        assert_eq!(Magic::for_divisor(0), None);
        assert_eq!(Magic::for_divisor(1), None);
    }
}
