//! Disassembly of compiled code (iced-x86, NASM syntax), with offsets from the function's start and interleaved annotations.
//!
//! `KILN_JIT_DUMP` and the golden code-generation tests print compiled functions with this. Offsets are
//! relative to the function start (the code is decoded as if it were at address 0), so a listing does not
//! depend on where the function was published; absolute addresses the code embeds (helper calls:
//! `mov rax, ADDR; call rax`) are printed as the names given in `symbols`, so it does not depend on where
//! the process was loaded either.

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, NasmFormatter, SymbolResolver, SymbolResult};

/// A line printed before the instruction at `offset`, e.g. "pc 3: ADD R1 R2 R3 ; line 12".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub offset: usize,
    pub text: String,
}

impl Marker {
    pub fn new(offset: usize, text: impl Into<String>) -> Marker {
        Marker { offset, text: text.into() }
    }
}

/// Names for absolute addresses embedded in the code (helpers, globals).
struct Symbols(Vec<(u64, String)>);

impl SymbolResolver for Symbols {
    fn symbol(
        &mut self,
        _instruction: &Instruction,
        _operand: u32,
        _instruction_operand: Option<u32>,
        address: u64,
        _address_size: u32,
    ) -> Option<SymbolResult<'_>> {
        let (addr, name) = self.0.iter().find(|(addr, _)| *addr == address)?;
        Some(SymbolResult::with_str(*addr, name.as_str()))
    }
}

/// The listing of `code`: one line per instruction, `OFFSET  instruction` (offset in hex), each marker's
/// text as a `; text` line before the instruction at its offset (markers at the same offset in the order
/// given; a marker inside an instruction or past the end comes before the next instruction or at the end).
pub fn disassemble(code: &[u8], markers: &[Marker], symbols: &[(u64, &str)]) -> String {
    let symbols = Symbols(symbols.iter().map(|&(addr, name)| (addr, name.to_string())).collect());
    let mut formatter = NasmFormatter::with_options(Some(Box::new(symbols)), None);
    let options = formatter.options_mut();
    options.set_hex_prefix("0x");
    options.set_hex_suffix("");
    options.set_uppercase_hex(false);
    // Hex throughout, so branch targets read like the offset column.
    options.set_small_hex_numbers_in_decimal(false);
    options.set_branch_leading_zeros(false);
    options.set_show_branch_size(false);
    options.set_space_after_operand_separator(true);

    let mut sorted: Vec<&Marker> = markers.iter().collect();
    sorted.sort_by_key(|m| m.offset); // stable: equal offsets keep their order
    let mut pending = sorted.into_iter().peekable();
    let mut out = String::new();
    let mut text = String::new();
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut instruction = Instruction::default();
    while decoder.can_decode() {
        decoder.decode_out(&mut instruction);
        let offset = instruction.ip() as usize;
        while let Some(marker) = pending.next_if(|m| m.offset <= offset) {
            out.push_str(&format!("; {}\n", marker.text));
        }
        text.clear();
        formatter.format(&instruction, &mut text);
        out.push_str(&format!("{offset:04x}  {text}\n"));
    }
    for marker in pending {
        out.push_str(&format!("; {}\n", marker.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_markers_and_symbols() {
        // mov rax, 0x1122334455667788; call rax; add rax, 1; jmp 0 (back to the start); ret
        let mut code = vec![0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0xff, 0xd0];
        code.extend([0x48, 0x83, 0xc0, 0x01, 0xeb, 0xee, 0xc3]);
        let markers = [Marker::new(12, "pc 1: second"), Marker::new(0, "pc 0: first"), Marker::new(19, "end")];
        let listing = disassemble(&code, &markers, &[(0x1122334455667788, "helper")]);
        let expected = "; pc 0: first\n0000  mov rax, helper\n000a  call rax\n; pc 1: second\n000c  add rax, 0x1\n\
                        0010  jmp 0x0\n0012  ret\n; end\n";
        assert_eq!(listing, expected);
    }

    #[test]
    fn unknown_addresses_print_as_numbers() {
        let code = [0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11];
        assert_eq!(disassemble(&code, &[], &[]), "0000  mov rax, 0x1122334455667788\n");
    }
}
