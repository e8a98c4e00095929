//! The standard library: one file per library, opened together by `open_all`.

pub mod auxlib;
pub mod base;
pub mod debug;
pub mod io;
pub mod lpattern;
pub mod math;
pub mod os;
pub mod strformat;
pub mod string;
pub mod strpack;
pub mod table;
pub mod utf8;

use crate::object::{NativeClosure, NativeFn};
use crate::state::Vm;
use crate::table::Table;
use crate::value::Value;
use kiln_gc::Gc;

/// Open every standard library into the VM's global table.
pub fn open_all(vm: &mut Vm) {
    base::open_base(vm);
    math::open_math(vm);
    io::open_io(vm);
    os::open_os(vm);
    table::open_table(vm);
    string::open_string(vm);
    utf8::open_utf8(vm);
    debug::open_debug(vm);
    crate::runtime_lib::open_runtime(vm);
}

/// Create the library table `lib` (a global) with functions whose names are
/// qualified ("math.floor"): the part after the last dot is the table key, the
/// full name is what argument errors show, as PUC Lua finds it in `package.loaded`.
pub fn register_qualified(vm: &mut Vm, lib: &str, funcs: &[(&'static str, NativeFn)]) -> Gc<Table> {
    // The table, names and functions are allocated in the mature space (they
    // never move), as `register_lib` does.
    let t = vm.register_lib(lib, &[]);
    for &(name, f) in funcs {
        let key = name.rsplit('.').next().unwrap_or(name);
        let func = vm.alloc_mature(NativeClosure::new(f, name, Box::new([])));
        // Shared: the constant "resume" of `coroutine.resume` is then the key
        // object itself, which field caches compare by address.
        let key = vm.shared_str(key.as_bytes());
        vm.table_set(t, Value::Str(key), Value::NativeFn(func)).expect("string keys are valid");
    }
    t
}

/// Per-VM state a library keeps in `Vm::extensions`, created on first use.
pub fn extension<T: Default + 'static>(vm: &mut Vm) -> &mut T {
    let pos = match vm.extensions.iter().position(|e| e.is::<T>()) {
        Some(p) => p,
        None => {
            vm.extensions.push(Box::<T>::default());
            vm.extensions.len() - 1
        }
    };
    vm.extensions[pos].downcast_mut::<T>().expect("position found by type")
}

#[cfg(test)]
pub(crate) mod testing {
    //! Calling natives directly, without a runloop, for unit tests.
    use crate::callstack::{Frame, FrameKind};
    use crate::object::NativeFn;
    use crate::state::{LuaResult, Vm};
    use crate::value::Value;
    use kiln_gc::HeapConfig;

    pub fn vm() -> Vm {
        let mut vm = Vm::new(HeapConfig::from_env().expect("heap settings"));
        super::open_all(&mut vm);
        vm
    }

    /// Call `f` as a native with `args`; its results, or the error message.
    pub fn call(vm: &mut Vm, f: NativeFn, name: &'static str, args: &[Value]) -> Result<Vec<Value>, String> {
        // The arguments may be young: keep them on the handle stack while the
        // function value is allocated.
        for &a in args {
            vm.hold(a);
        }
        let func = vm.new_native(f, name, 0);
        let base = vm.top;
        vm.push(func);
        let held = vm.handles.split_off(vm.handles.len() - args.len());
        for a in held {
            vm.push(a);
        }
        vm.frames.push(Frame::new(FrameKind::Native, base, base + 1, vm.top, -1));
        let r: LuaResult<usize> = f(vm);
        vm.frames.pop();
        let out = match r {
            Ok(n) => Ok(vm.stack[vm.top - n..vm.top].to_vec()),
            Err(_) => Err(match vm.error {
                Value::Str(s) => s.to_str_lossy().into_owned(),
                v => format!("<{}>", v.type_name()),
            }),
        };
        // Leave no stale references above the top (the collector scans them).
        let end = vm.stack.len();
        vm.stack[base..end].fill(Value::Nil);
        vm.top = base;
        out
    }

    /// The result as text (numbers as Lua prints them), for assertions.
    pub fn show(v: Value) -> String {
        match v {
            Value::Nil => "nil".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(_) | Value::Float(_) => crate::number::number_to_string(v),
            Value::Str(s) => s.to_str_lossy().into_owned(),
            v => v.type_name().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::vm;
    use crate::value::layout::TAG_STR;
    use crate::value::Value;
    use kiln_gc::Gc;

    /// Every short string key of the libraries, the globals and the string metatable is the VM's shared
    /// string for it: a chunk's constant is then the same object, which compiled code's field caches and
    /// inline probes compare by identity (a private copy makes every `string.format` a cache miss).
    #[test]
    fn library_keys_are_the_shared_strings() {
        let mut vm = vm();
        let mut tables = vec![("_G", vm.globals)];
        let mut k = Value::Nil;
        while let Some((key, v)) = vm.globals.next(k).expect("valid key") {
            if let (Value::Str(name), Value::Table(t)) = (key, v) {
                tables.push((Box::leak(name.to_str_lossy().into_owned().into_boxed_str()), t));
            }
            k = key;
        }
        tables.push(("string metatable", vm.type_meta[TAG_STR as usize].expect("strings have a metatable")));
        assert!(tables.len() > 8, "the libraries are open");
        let mut checked = 0;
        for (lib, t) in tables {
            let mut k = Value::Nil;
            while let Some((key, _)) = t.next(k).expect("valid key") {
                if let Value::Str(s) = key {
                    if s.as_bytes().len() <= crate::compile::SHARED_MAX_LEN {
                        let shared = vm.shared_str(s.as_bytes());
                        assert!(Gc::ptr_eq(s, shared), "{lib}.{} is a private copy", s.to_str_lossy());
                        checked += 1;
                    }
                }
                k = key;
            }
        }
        assert!(checked > 100, "only {checked} keys checked");
    }
}
