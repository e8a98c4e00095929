//! `string.pack`, `string.unpack` and `string.packsize`.
use crate::state::{LuaResult, Vm};
pub fn str_pack(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("todo"))
}
pub fn str_unpack(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("todo"))
}
pub fn str_packsize(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.rt_error("todo"))
}
