//! `string.format`.
use crate::state::{LuaResult, Vm};
pub fn str_format(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("todo"))
}
