//! The `package` library and `require`, as lua5.4's loadlib.c: preload, Lua-file and C-library searchers.
//!
//! C libraries are searched for along `package.cpath` as PUC does and loaded by kiln-capi (`dlopen`, then the
//! module's `luaopen_*` runs against kiln's implementation of the Lua 5.4 C API).
//!
//! `require` keeps the package table (upvalue 1) and the table of loaded modules (upvalue 2), as PUC keeps the
//! latter in the registry: replacing `package.loaded` does not change what `require` consults.

use kiln_gc::Gc;
use kiln_interp::stdlib::auxlib;
use kiln_interp::table::Table;
use kiln_interp::{LuaResult, Value, Vm};
use std::os::unix::ffi::OsStrExt;

/// Where `require` looks for Lua files when `LUA_PATH_5_4`/`LUA_PATH` do not say otherwise: the distribution
/// lua5.4's default (local and system module trees, then the current directory).
pub const DEFAULT_PATH: &str = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;\
/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;\
/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";

/// Where the C searchers look when `LUA_CPATH_5_4`/`LUA_CPATH` do not say otherwise (the distribution
/// lua5.4's default, with its multiarch folder).
pub const DEFAULT_CPATH: &str = "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;\
/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

/// `package.config`: directory separator, path separator, substitution mark, executable dir mark, ignore mark.
const CONFIG: &str = "/\n;\n?\n!\n-\n";

/// Libraries that `open_all` makes globals and that `package.loaded` lists, as in lua5.4.
const STANDARD_LIBS: &[&str] = &["_G", "coroutine", "debug", "io", "math", "os", "string", "table", "utf8"];

/// A path from its environment variable as loadlib.c's `setpath`: the default when unset, else the variable,
/// whose first ";;" stands for the default path.
pub fn path_from_env(var: Option<String>, default: &str) -> String {
    let Some(path) = var else { return default.to_string() };
    let Some(mark) = path.find(";;") else { return path };
    let mut out = String::new();
    if mark > 0 {
        out.push_str(&path[..mark]);
        out.push(';');
    }
    out.push_str(default);
    if mark + 2 < path.len() {
        out.push(';');
        out.push_str(&path[mark + 2..]);
    }
    out
}

/// `package.path`: `KILN_PATH` (kiln's own addition, unless ignored) with ";;" standing for `base` (the path
/// lua5.4 would use), followed by `base` when `KILN_PATH` has no ";;".
pub fn search_path(kiln_path: Option<&str>, base: &str) -> String {
    match kiln_path {
        None | Some("") => base.to_string(),
        Some(p) if p.contains(";;") => p.replacen(";;", &format!(";{base};"), 1).trim_matches(';').to_string(),
        Some(p) => format!("{};{base}", p.trim_end_matches(';')),
    }
}

/// Creates the global `package` table and `require`.
pub fn open_package(vm: &mut Vm, path: &str, cpath: &str) {
    let pkg = vm.register_lib("package", &[("searchpath", searchpath), ("loadlib", loadlib)]);
    let pkg_handle = vm.hold(Value::Table(pkg));
    set_string_field(vm, pkg_handle, "path", path);
    set_string_field(vm, pkg_handle, "cpath", cpath);
    set_string_field(vm, pkg_handle, "config", CONFIG);

    let loaded = vm.new_table(0, 16);
    let loaded_handle = vm.hold(Value::Table(loaded));
    set_field(vm, pkg_handle, "loaded", vm.handles[loaded_handle]);
    for &name in STANDARD_LIBS.iter().chain(["package", "jit"].iter()) {
        let lib = vm.get_global(name);
        if !lib.is_nil() {
            set_field(vm, loaded_handle, name, lib);
        }
    }
    // PUC keeps the loaded table in the registry as "_LOADED"; tracebacks find global function names there.
    let registry = vm.registry;
    vm.table_set_str(registry, "_LOADED", vm.handles[loaded_handle]);
    let preload = vm.new_table(0, 4);
    set_field(vm, pkg_handle, "preload", Value::Table(preload));

    let searchers = vm.new_table(4, 0);
    let searchers_handle = vm.hold(Value::Table(searchers));
    let all: [(kiln_interp::object::NativeFn, &str); 4] =
        [(searcher_preload, "?"), (searcher_lua, "?"), (searcher_c, "?"), (searcher_croot, "?")];
    for (i, (f, name)) in all.into_iter().enumerate() {
        vm.push(vm.handles[pkg_handle]);
        let searcher = vm.new_native(f, name, 1);
        vm.table_set_int(table(vm.handles[searchers_handle]), i as i64 + 1, searcher);
    }
    set_field(vm, pkg_handle, "searchers", vm.handles[searchers_handle]);
    vm.release();

    vm.push(vm.handles[pkg_handle]);
    vm.push(vm.handles[loaded_handle]);
    let require = vm.new_native(require, "require", 2);
    vm.set_global_value("require", require);
    vm.release();
    vm.release();
}

fn table(v: Value) -> Gc<Table> {
    match v {
        Value::Table(t) => t,
        _ => unreachable!("handle holds a table"),
    }
}

fn set_field(vm: &mut Vm, table_handle: usize, key: &str, v: Value) {
    let t = table(vm.handles[table_handle]);
    vm.table_set_str(t, key, v);
}

fn set_string_field(vm: &mut Vm, table_handle: usize, key: &str, text: &str) {
    let s = vm.new_str_value(text.as_bytes());
    set_field(vm, table_handle, key, s);
}

/// `t[key]` for a raw table `t` and a string key (allocates the key: `t` must be re-read by the caller afterwards).
fn raw_field(vm: &mut Vm, t: Value, key: &str) -> Value {
    vm.hold(t);
    let k = vm.new_str_value(key.as_bytes());
    match vm.release() {
        Value::Table(t) => t.get(k),
        _ => Value::Nil,
    }
}

/// A field of the package table (upvalue 1 of the running native).
fn package_field(vm: &mut Vm, key: &str) -> Value {
    let pkg = auxlib::upvalue(vm, 0);
    raw_field(vm, pkg, key)
}

fn require(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let loaded = auxlib::upvalue(vm, 1);
    let Value::Table(loaded_table) = loaded else { return Err(vm.rt_error("'package.loaded' must be a table")) };
    let already = loaded_table.get(Value::Str(name));
    if already.truthy() {
        vm.push(already);
        return Ok(1);
    }
    let name_bytes = name.as_bytes().to_vec();
    find_loader(vm, &name_bytes)?; // pushes the loader and its extra value
    let (loader, extra) = (vm.stack[vm.top - 2], vm.stack[vm.top - 1]);
    vm.push(loader);
    vm.push(vm.arg(1));
    vm.push(extra);
    auxlib::call(vm, 2, 1)?; // loader(name, extra); the extra value stays below as a root
    let result = vm.pop();
    let extra = vm.pop();
    vm.pop(); // the loader
    vm.push(extra);
    let loaded = auxlib::upvalue(vm, 1);
    let key = vm.arg(1);
    if !result.is_nil() {
        vm.table_set(table(loaded), key, result)?;
    }
    let loaded = auxlib::upvalue(vm, 1);
    // Re-read: a store that ran out of memory collected (and may have moved `key`).
    let key = vm.arg(1);
    if table(loaded).get(key).is_nil() {
        vm.table_set(table(loaded), key, Value::Bool(true))?;
    }
    let module = table(auxlib::upvalue(vm, 1)).get(vm.arg(1));
    let extra = vm.pop();
    vm.push(module);
    vm.push(extra);
    Ok(2)
}

/// Asks each of `package.searchers` for a loader; leaves the loader and its extra value on the stack, or raises
/// "module 'x' not found:" with every searcher's explanation.
fn find_loader(vm: &mut Vm, name: &[u8]) -> LuaResult<()> {
    let mut msg: Vec<u8> = Vec::new();
    for i in 1.. {
        msg.extend_from_slice(b"\n\t");
        let searchers = package_field(vm, "searchers");
        let Value::Table(searchers) = searchers else {
            return Err(vm.rt_error("'package.searchers' must be a table"));
        };
        let searcher = searchers.get_int(i);
        if searcher.is_nil() {
            msg.truncate(msg.len() - 2);
            let text = format!("module '{}' not found:{}", lossy(name), lossy(&msg));
            return Err(vm.rt_error(text));
        }
        vm.push(searcher);
        vm.push(vm.arg(1));
        auxlib::call(vm, 1, 2)?;
        let found = vm.stack[vm.top - 2];
        if matches!(found, Value::LuaFn(_) | Value::NativeFn(_)) {
            return Ok(());
        }
        match found {
            Value::Str(s) => msg.extend_from_slice(s.as_bytes()),
            Value::Int(_) | Value::Float(_) => msg.extend_from_slice(auxlib::tolstring(vm, found)?.as_bytes()),
            _ => msg.truncate(msg.len() - 2),
        }
        vm.pop();
        vm.pop();
    }
    unreachable!("the searcher loop only ends by returning")
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn searcher_preload(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_str(1)?;
    let name_text = lossy(name.as_bytes());
    let preload = package_field(vm, "preload");
    let Value::Table(preload) = preload else { return Err(vm.rt_error("'package.preload' must be a table")) };
    let loader = preload.get(vm.arg(1));
    if loader.is_nil() {
        vm.push_str(format!("no field package.preload['{name_text}']").as_bytes());
        return Ok(1);
    }
    vm.push(loader);
    vm.push_str(b":preload:");
    Ok(2)
}

fn searcher_lua(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let path = match package_field(vm, "path") {
        Value::Str(s) => s.as_bytes().to_vec(),
        _ => return Err(vm.rt_error("'package.path' must be a string")),
    };
    let filename = match search(&name, &path, b".", b"/") {
        Ok(f) => f,
        Err(tried) => {
            vm.push_str(&tried);
            return Ok(1);
        }
    };
    if kiln_interp::stdlib::base::load_file(vm, Some(&filename), b"bt")? {
        vm.push_str(&filename);
        Ok(2)
    } else {
        {
            let msg = vm.pop();
            let why = auxlib::tolstring(vm, msg)?.as_bytes().to_vec();
            let text =
                format!("error loading module '{}' from file '{}':\n\t{}", lossy(&name), lossy(&filename), lossy(&why));
            Err(vm.rt_error(text))
        }
    }
}

/// Why a C function could not be loaded, as loadlib.c's `ERRLIB`/`ERRFUNC`: the library itself, or the symbol.
use kiln_capi::LoadError as LoadFailure;

/// Loads `symbol` from the C library `path` (as loadlib.c's `lookforfunc`): kiln-capi opens it with
/// `RTLD_NOW`, so a library needing an API function kiln does not export fails here, naming the symbol.
fn load_c_function(vm: &mut Vm, path: &[u8], symbol: &[u8]) -> Result<Value, LoadFailure> {
    kiln_capi::load_c_function(vm, path, symbol)
}

/// `package.loadlib(path, funcname)`: the function, or fail, a message and "open" (the library) or "init"
/// (the symbol).
fn loadlib(vm: &mut Vm) -> LuaResult<usize> {
    let path = vm.check_bytes(1)?;
    let symbol = vm.check_bytes(2)?;
    match load_c_function(vm, &path, &symbol) {
        Ok(f) => {
            vm.push(f);
            Ok(1)
        }
        Err(failure) => {
            let (msg, kind): (Vec<u8>, &[u8]) = match failure {
                LoadFailure::Library(m) => (m, b"open"),
                LoadFailure::Symbol(m) => (m, b"init"),
            };
            vm.push(Value::Nil);
            vm.push_str(&msg);
            vm.push_str(kind);
            Ok(3)
        }
    }
}

/// `luaopen_` + the module name with '.' as '_', from the part after the ignore mark '-' (or the part before
/// it first, as loadlib.c's `loadfunc`): the symbols to try, in order.
fn open_function_names(name: &[u8]) -> Vec<Vec<u8>> {
    let name = replace(name, b".", b"_");
    let open = |m: &[u8]| [b"luaopen_".as_slice(), m].concat();
    match name.iter().position(|&c| c == b'-') {
        Some(mark) => vec![open(&name[..mark]), open(&name[mark + 1..])],
        None => vec![open(&name)],
    }
}

/// Loads module `name`'s open function from `filename`, trying each name `open_function_names` gives while
/// the failure is only a missing symbol.
fn load_open_function(vm: &mut Vm, filename: &[u8], name: &[u8]) -> Result<Value, LoadFailure> {
    let mut failure = LoadFailure::Symbol(Vec::new());
    for symbol in open_function_names(name) {
        match load_c_function(vm, filename, &symbol) {
            Err(LoadFailure::Symbol(m)) => failure = LoadFailure::Symbol(m),
            other => return other,
        }
    }
    Err(failure)
}

/// `package.cpath`, or the error PUC raises when it is not a string.
fn cpath(vm: &mut Vm) -> LuaResult<Vec<u8>> {
    match package_field(vm, "cpath") {
        Value::Str(s) => Ok(s.as_bytes().to_vec()),
        _ => Err(vm.rt_error("'package.cpath' must be a string")),
    }
}

/// The loader found in `filename`, or the "error loading module" error (loadlib.c's `checkload`).
fn c_loader_found(vm: &mut Vm, name: &[u8], filename: &[u8], loaded: Result<Value, LoadFailure>) -> LuaResult<usize> {
    match loaded {
        Ok(f) => {
            vm.push(f);
            vm.push_str(filename);
            Ok(2)
        }
        Err(LoadFailure::Library(why) | LoadFailure::Symbol(why)) => {
            let text =
                format!("error loading module '{}' from file '{}':\n\t{}", lossy(name), lossy(filename), lossy(&why));
            Err(vm.rt_error(text))
        }
    }
}

/// The third searcher: a C library named after the module along `package.cpath`.
fn searcher_c(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let path = cpath(vm)?;
    match search(&name, &path, b".", b"/") {
        Ok(filename) => {
            let loaded = load_open_function(vm, &filename, &name);
            c_loader_found(vm, &name, &filename, loaded)
        }
        Err(tried) => {
            vm.push_str(&tried);
            Ok(1)
        }
    }
}

/// The fourth searcher ("all-in-one"): for `a.b.c`, the C library of the root `a` exporting `luaopen_a_b_c`.
fn searcher_croot(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let Some(dot) = name.iter().position(|&c| c == b'.') else { return Ok(0) };
    let path = cpath(vm)?;
    match search(&name[..dot], &path, b".", b"/") {
        Ok(filename) => match load_open_function(vm, &filename, &name) {
            Err(LoadFailure::Symbol(_)) => {
                let text = format!("no module '{}' in file '{}'", lossy(&name), lossy(&filename));
                vm.push_str(text.as_bytes());
                Ok(1)
            }
            loaded => c_loader_found(vm, &name, &filename, loaded),
        },
        Err(tried) => {
            vm.push_str(&tried);
            Ok(1)
        }
    }
}

/// The first readable file among `path`'s templates, or the message listing the files tried.
fn search(name: &[u8], path: &[u8], sep: &[u8], rep: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    // As loadlib.c: '?' in the whole path becomes the name, then each piece between ';' is a file name (an empty
    // path has none; "a;" has "a" and ""). The message lists the same pieces.
    let name = if sep.first().is_some_and(|c| name.contains(c)) { replace(name, sep, rep) } else { name.to_vec() };
    let names = replace(path, b"?", &name);
    if !names.is_empty() {
        for candidate in names.split(|&c| c == b';') {
            if std::fs::File::open(std::ffi::OsStr::from_bytes(candidate)).is_ok() {
                return Ok(candidate.to_vec());
            }
        }
    }
    let mut tried = b"no file '".to_vec();
    tried.extend_from_slice(&replace(&names, b";", b"'\n\tno file '"));
    tried.push(b'\'');
    Err(tried)
}

/// `text` with every occurrence of `from` (not empty) replaced by `to`, as `luaL_gsub`.
fn replace(text: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.windows(from.len()).position(|w| w == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// `package.searchpath`: the first readable file among `path`'s templates, or the list of files tried.
fn searchpath(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let path = vm.check_bytes(2)?;
    let sep = vm.opt_str(3)?.map_or(b".".to_vec(), |s| s.as_bytes().to_vec());
    let rep = vm.opt_str(4)?.map_or(b"/".to_vec(), |s| s.as_bytes().to_vec());
    match search(&name, &path, &sep, &rep) {
        Ok(found) => {
            vm.push_str(&found);
            Ok(1)
        }
        Err(tried) => {
            vm.push(Value::Nil);
            vm.push_str(&tried);
            Ok(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiln_path_extends_the_default() {
        assert_eq!(search_path(None, DEFAULT_PATH), DEFAULT_PATH);
        assert_eq!(search_path(Some("/lib/?.lua"), DEFAULT_PATH), format!("/lib/?.lua;{DEFAULT_PATH}"));
        let both = search_path(Some("/a/?.lua;;/b/?.lua"), DEFAULT_PATH);
        assert_eq!(both, format!("/a/?.lua;{DEFAULT_PATH};/b/?.lua"));
        assert_eq!(search_path(Some(";;"), DEFAULT_PATH), DEFAULT_PATH);
    }

    #[test]
    fn lua_path_variables_expand_double_semicolons_as_lua_does() {
        assert_eq!(path_from_env(None, "D"), "D");
        assert_eq!(path_from_env(Some("x".into()), "D"), "x");
        assert_eq!(path_from_env(Some(";;".into()), "D"), "D");
        assert_eq!(path_from_env(Some("a;;".into()), "D"), "a;D");
        assert_eq!(path_from_env(Some(";;b".into()), "D"), "D;b");
        assert_eq!(path_from_env(Some("a;;b;;c".into()), "D"), "a;D;b;;c");
    }

    #[test]
    fn search_lists_every_file_tried() {
        let tried = search(b"no.such.mod", b"./?.lua;/x/?/init.lua", b".", b"/").unwrap_err();
        assert_eq!(tried, b"no file './no/such/mod.lua'\n\tno file '/x/no/such/mod/init.lua'");
        let found = search(b"Cargo", b"./?.toml", b".", b"/").unwrap();
        assert_eq!(found, b"./Cargo.toml");
    }
}
