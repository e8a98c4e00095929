//! Lua errors: the error signal Rust code propagates, and chunk-name formatting.

/// Why Lua execution stopped abnormally. The error *value* itself is kept in the
/// VM (`Vm::error`), where the collector can see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LuaError {
    /// A Lua error is being raised; its value is in `Vm::error`.
    Runtime,
    /// A coroutine is yielding: unwinds to the resume point, not an error.
    Yield,
}

/// Maximum length of a chunk name in messages (Lua's LUA_IDSIZE - 1).
const ID_SIZE: usize = 59;

/// Format a chunk name as Lua does in messages and tracebacks:
/// "@file" -> "file", "=name" -> "name", source text -> `[string "first line..."]`.
pub fn short_source(source: &str) -> String {
    if let Some(rest) = source.strip_prefix('=') {
        return rest.chars().take(ID_SIZE).collect();
    }
    if let Some(rest) = source.strip_prefix('@') {
        if rest.len() <= ID_SIZE {
            return rest.to_string();
        }
        let tail: String = rest.chars().rev().take(ID_SIZE - 3).collect::<Vec<_>>().into_iter().rev().collect();
        return format!("...{tail}");
    }
    const PRE: &str = "[string \"";
    const POS: &str = "\"]";
    const DOTS: &str = "...";
    let first = source.split('\n').next().unwrap_or("");
    let room = ID_SIZE - PRE.len() - DOTS.len() - POS.len();
    // As luaO_chunkid: kept whole only when shorter than the room.
    if first.len() == source.len() && source.len() < room {
        format!("{PRE}{source}{POS}")
    } else {
        let mut cut = first.len().min(room);
        while !first.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{PRE}{}{DOTS}{POS}", &first[..cut])
    }
}

#[cfg(test)]
mod tests {
    use super::short_source;
    #[test]
    fn chunk_names() {
        assert_eq!(short_source("@test.lua"), "test.lua");
        assert_eq!(short_source("=stdin"), "stdin");
        assert_eq!(short_source("x = 1"), "[string \"x = 1\"]");
        assert_eq!(short_source("x = 1\ny = 2"), "[string \"x = 1...\"]");
        // lua5.4: 44 bytes are kept whole, 45 are cut with "...".
        let s44 = "x".repeat(44);
        assert_eq!(short_source(&s44), format!("[string \"{s44}\"]"));
        let s45 = "x".repeat(45);
        assert_eq!(short_source(&s45), format!("[string \"{s45}...\"]"));
    }
}
