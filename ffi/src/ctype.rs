//! C types: the interned type table, sizes and alignments per the x86-64 SysV
//! ABI, struct/union layout (bit-fields included) and C-syntax type names.
//!
//! Invariant: a `TypeId` never changes meaning. Types are interned, so two ids
//! are the same C type exactly when they are equal (`ffi.istype`, cached call
//! interfaces and ctype comparison rely on it). The one mutation allowed is
//! completing a declared-but-undefined struct, union or enum in place.
//!
//! Invariant: this module knows nothing of Lua values, cdata or libffi.

use std::collections::HashMap;
use std::rc::Rc;

/// Index of a type in `Types`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Qualifier bits of a `CType`.
pub mod qual {
    pub const CONST: u8 = 1;
    pub const VOLATILE: u8 = 2;
}

/// The scalar types C declares with keywords. Typedef names such as `size_t`
/// or `int32_t` resolve to one of these (see `Types::new`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prim {
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

impl Prim {
    pub fn size(self) -> usize {
        match self {
            Prim::Bool | Prim::Char | Prim::SChar | Prim::UChar => 1,
            Prim::Short | Prim::UShort => 2,
            Prim::Int | Prim::UInt | Prim::Float => 4,
            Prim::Long | Prim::ULong | Prim::LongLong | Prim::ULongLong | Prim::Double => 8,
        }
    }
    /// Signedness of an integer type (`char` is signed on x86-64).
    pub fn is_signed(self) -> bool {
        matches!(self, Prim::Char | Prim::SChar | Prim::Short | Prim::Int | Prim::Long | Prim::LongLong)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Prim::Float | Prim::Double)
    }
    pub fn is_integer(self) -> bool {
        !self.is_float() && self != Prim::Bool
    }
    pub fn c_name(self) -> &'static str {
        match self {
            Prim::Bool => "bool",
            Prim::Char => "char",
            Prim::SChar => "signed char",
            Prim::UChar => "unsigned char",
            Prim::Short => "short",
            Prim::UShort => "unsigned short",
            Prim::Int => "int",
            Prim::UInt => "unsigned int",
            Prim::Long => "long",
            Prim::ULong => "unsigned long",
            Prim::LongLong => "long long",
            Prim::ULongLong => "unsigned long long",
            Prim::Float => "float",
            Prim::Double => "double",
        }
    }
}

/// One member of a struct or union, with its computed place.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// Empty for an anonymous member (an unnamed bit-field, or a nested
    /// anonymous struct/union whose members are reached through `Record::find`).
    pub name: String,
    pub ty: TypeId,
    /// Byte offset of the member (of its storage unit, for a bit-field).
    pub offset: usize,
    /// Bit-field: (first bit within the storage unit at `offset`, width in bits).
    /// The storage unit has the size of `ty`. In packed records the unit may
    /// stick out of the record (a packed `struct { int x:4; }` has size 1) and
    /// the bits may run past the unit (`char a:3; int b:30;` packed: b is
    /// bits 3..33 from offset 0); `first + width <= 64` always holds. Access
    /// only the bytes that hold the bits.
    pub bits: Option<(u32, u32)>,
}

/// A struct or union body.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Record {
    pub fields: Vec<Field>,
    /// The last member is a flexible array (`T x[]`) or `[?]` (variable length).
    pub flexible: bool,
    /// Size and alignment as laid out (packing and `aligned` attributes included).
    pub layout: Layout,
}

/// What a type is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Void,
    Prim(Prim),
    /// A pointer to `TypeId` (which carries the pointee's qualifiers).
    Ptr(TypeId),
    /// `elem[len]`; `len: None` for `[]` and `[?]` (its size comes from the cdata).
    Array {
        elem: TypeId,
        len: Option<usize>,
    },
    /// `tag` is the struct's name ("" when anonymous); `id` tells apart distinct
    /// anonymous or same-named (redefined scope) records. `body: None` while
    /// only declared (`struct foo;`).
    Struct {
        tag: String,
        id: u32,
        union: bool,
        body: Option<Record>,
    },
    /// An enum: its constants are in `Types::constants`; values are `int`
    /// (or `unsigned int` when a constant needs it).
    Enum {
        tag: String,
        id: u32,
        unsigned: bool,
    },
    /// A function type. Parameter names are not part of it (as in C): a
    /// declared function keeps them in its `Symbol::Extern`.
    Func {
        ret: TypeId,
        params: Vec<TypeId>,
        variadic: bool,
    },
}

/// An interned C type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CType {
    pub kind: Kind,
    /// `qual::*` bits.
    pub qual: u8,
}

/// How a record is packed and aligned: `#pragma pack`,
/// `__attribute__((packed))` and `aligned(n)` on the record or its members.
#[derive(Clone, Debug, Default)]
pub struct RecordAttrs {
    /// `__attribute__((packed))`: members are byte-aligned (except bit-fields
    /// under `#pragma pack`, and members with `aligned(n)`).
    pub packed: bool,
    /// `#pragma pack(n)` in effect: member alignment capped at n.
    pub pack: Option<usize>,
    /// `aligned(n)` on the record: its minimum alignment (0 or 1: none).
    pub align: usize,
    /// `aligned(n)` on member `i`: its minimum alignment (missing or 1: none).
    pub member_aligns: Vec<usize>,
    /// `packed` on member `i` alone (missing: false).
    pub member_packed: Vec<bool>,
}

/// Size and alignment of a complete type; `None` for void, functions,
/// incomplete records and arrays of unknown length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    pub size: usize,
    pub align: usize,
}

/// A declared name in the C namespace (`ffi.C.name`, `lib.name`).
#[derive(Clone, Debug, PartialEq)]
pub enum Symbol {
    /// A function or extern variable, with the symbol name to look up
    /// (`asm("...")` redirections change it) and, for a function, the names
    /// its parameters were declared with (empty where unnamed; messages name
    /// a callback by its parameter).
    Extern { ty: TypeId, symbol: String, param_names: Rc<[Rc<str>]> },
    /// An enum constant or `static const` integer.
    Constant { ty: TypeId, value: i64 },
}

/// The type table of one VM, with the declaration namespaces `ffi.cdef` fills.
pub struct Types {
    list: Vec<CType>,
    /// Layouts parallel to `list` (recomputed when a record is completed).
    layouts: Vec<Option<Layout>>,
    interned: HashMap<CType, TypeId>,
    /// `typedef` names (and the built-in ones such as `size_t`).
    pub typedefs: HashMap<String, TypeId>,
    /// `struct`/`union`/`enum` tags, each in the tag namespace as in C.
    pub tags: HashMap<String, TypeId>,
    /// Functions, extern variables and constants by name.
    pub symbols: HashMap<String, Symbol>,
    /// `static const` integer members of records, by record: read through
    /// any value of the record (`s.MAX`), they take no room in it.
    pub record_consts: HashMap<TypeId, Vec<(String, i64)>>,
    next_record: u32,
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    /// A table with the primitive types and the standard typedefs.
    pub fn new() -> Types {
        let mut t = Types {
            list: Vec::new(),
            layouts: Vec::new(),
            interned: HashMap::new(),
            typedefs: HashMap::new(),
            tags: HashMap::new(),
            symbols: HashMap::new(),
            record_consts: HashMap::new(),
            next_record: 0,
        };
        let builtin: &[(&str, Prim)] = &[
            ("int8_t", Prim::SChar),
            ("uint8_t", Prim::UChar),
            ("int16_t", Prim::Short),
            ("uint16_t", Prim::UShort),
            ("int32_t", Prim::Int),
            ("uint32_t", Prim::UInt),
            ("int64_t", Prim::Long),
            ("uint64_t", Prim::ULong),
            ("intptr_t", Prim::Long),
            ("uintptr_t", Prim::ULong),
            ("ptrdiff_t", Prim::Long),
            ("ssize_t", Prim::Long),
            ("size_t", Prim::ULong),
            ("off_t", Prim::Long),
            ("time_t", Prim::Long),
            ("wchar_t", Prim::Int),
            ("_Bool", Prim::Bool),
        ];
        for &(name, p) in builtin {
            let id = t.prim(p, 0);
            t.typedefs.insert(name.to_string(), id);
        }
        let void = t.void(0);
        let va = t.ptr(void, 0);
        t.typedefs.insert("va_list".to_string(), va);
        t.typedefs.insert("__builtin_va_list".to_string(), va);
        t.typedefs.insert("__gnuc_va_list".to_string(), va);
        t
    }

    /// Intern `ty`, returning its id.
    pub fn intern(&mut self, ty: CType) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.list.len() as u32);
        self.layouts.push(None);
        self.list.push(ty.clone());
        self.interned.insert(ty, id);
        self.layouts[id.0 as usize] = self.compute_layout(id);
        id
    }

    pub fn get(&self, id: TypeId) -> &CType {
        &self.list[id.0 as usize]
    }

    pub fn kind(&self, id: TypeId) -> &Kind {
        &self.list[id.0 as usize].kind
    }

    /// Size and alignment, `None` when the type is incomplete (see `Layout`).
    pub fn layout(&self, id: TypeId) -> Option<Layout> {
        self.layouts[id.0 as usize]
    }

    pub fn size_of(&self, id: TypeId) -> Option<usize> {
        self.layout(id).map(|l| l.size)
    }

    pub fn void(&mut self, qual: u8) -> TypeId {
        self.intern(CType { kind: Kind::Void, qual })
    }
    pub fn prim(&mut self, p: Prim, qual: u8) -> TypeId {
        self.intern(CType { kind: Kind::Prim(p), qual })
    }
    pub fn ptr(&mut self, to: TypeId, qual: u8) -> TypeId {
        self.intern(CType { kind: Kind::Ptr(to), qual })
    }
    pub fn array(&mut self, elem: TypeId, len: Option<usize>, qual: u8) -> TypeId {
        self.intern(CType { kind: Kind::Array { elem, len }, qual })
    }
    pub fn func(&mut self, ret: TypeId, params: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(CType { kind: Kind::Func { ret, params, variadic }, qual: 0 })
    }

    /// The same type with qualifiers `q` added.
    pub fn qualified(&mut self, id: TypeId, q: u8) -> TypeId {
        let mut ty = self.get(id).clone();
        if ty.qual | q == ty.qual {
            return id;
        }
        ty.qual |= q;
        let new = self.intern(ty);
        // A qualified incomplete record shares the original's completion state.
        new
    }

    /// The same type without qualifiers.
    pub fn unqualified(&mut self, id: TypeId) -> TypeId {
        let mut ty = self.get(id).clone();
        if ty.qual == 0 {
            return id;
        }
        ty.qual = 0;
        self.intern(ty)
    }

    /// A new, still incomplete struct/union (or enum when `kind` is an enum)
    /// named `tag` (may be empty). Registers the tag when non-empty.
    pub fn declare_record(&mut self, tag: &str, union: bool) -> TypeId {
        let key = record_key(tag, union);
        if !tag.is_empty() {
            if let Some(&id) = self.tags.get(&key) {
                return id;
            }
        }
        let id = self.next_record;
        self.next_record += 1;
        let t = self.intern(CType { kind: Kind::Struct { tag: tag.to_string(), id, union, body: None }, qual: 0 });
        if !tag.is_empty() {
            self.tags.insert(key, t);
        }
        t
    }

    /// Declare (or find) enum `tag`; constants are added by the caller with
    /// `symbols`. Enums are always complete (size 4).
    pub fn declare_enum(&mut self, tag: &str, unsigned: bool) -> TypeId {
        let key = format!("enum {tag}");
        if !tag.is_empty() {
            if let Some(&id) = self.tags.get(&key) {
                return id;
            }
        }
        let id = self.next_record;
        self.next_record += 1;
        let t = self.intern(CType { kind: Kind::Enum { tag: tag.to_string(), id, unsigned }, qual: 0 });
        if !tag.is_empty() {
            self.tags.insert(key, t);
        }
        t
    }

    /// Give the declared record `id` its members (name, type, bit-field width)
    /// and lay it out. `packed` caps the members' alignment as `#pragma
    /// pack(n)` does (None: natural alignment). Errors name the problem.
    pub fn complete_record(
        &mut self,
        id: TypeId,
        members: Vec<(String, TypeId, Option<u32>)>,
        packed: Option<usize>,
    ) -> Result<(), String> {
        self.complete_record_with(id, members, &RecordAttrs { pack: packed, ..RecordAttrs::default() })
    }

    /// `complete_record` with the packing and alignment attributes of the
    /// declaration, laid out as gcc does on x86-64.
    pub fn complete_record_with(
        &mut self,
        id: TypeId,
        members: Vec<(String, TypeId, Option<u32>)>,
        attrs: &RecordAttrs,
    ) -> Result<(), String> {
        let Kind::Struct { union, body, .. } = self.kind(id).clone() else {
            return Err("not a struct or union".to_string());
        };
        if body.is_some() {
            return Err(format!("attempt to redefine '{}'", self.name(id)));
        }
        let (record, layout) = self.lay_out(&members, union, attrs)?;
        self.set_body(id, record, layout);
        Ok(())
    }

    /// Store a record body in every interned qualified variant of record `id`.
    fn set_body(&mut self, id: TypeId, record: Record, layout: Layout) {
        let Kind::Struct { id: rid, .. } = *self.kind(id) else { return };
        for i in 0..self.list.len() {
            let matches = matches!(&self.list[i].kind, Kind::Struct { id: r, body: None, .. } if *r == rid);
            if matches {
                let old = self.list[i].clone();
                if let Kind::Struct { body, .. } = &mut self.list[i].kind {
                    *body = Some(record.clone());
                }
                // The interning key changes with the body: re-key this id.
                self.interned.remove(&old);
                self.interned.insert(self.list[i].clone(), TypeId(i as u32));
                self.layouts[i] = Some(layout);
            }
        }
        // Types built on the record (arrays of it) get their layout now.
        for i in 0..self.list.len() {
            if self.layouts[i].is_none() {
                self.layouts[i] = self.compute_layout(TypeId(i as u32));
            }
        }
    }

    /// The gcc x86-64 (SysV, non-MS bit-fields) layout of a record.
    fn lay_out(
        &self,
        members: &[(String, TypeId, Option<u32>)],
        union: bool,
        attrs: &RecordAttrs,
    ) -> Result<(Record, Layout), String> {
        let mut fields = Vec::with_capacity(members.len());
        let mut bit_pos: usize = 0; // next free bit, from the start of the record
        let mut align = 1usize;
        let mut size_bits = 0usize;
        let mut flexible = false;
        for (i, (name, ty, width)) in members.iter().enumerate() {
            let last = i + 1 == members.len();
            let lay = match (self.layout(*ty), self.kind(*ty)) {
                (Some(l), _) => l,
                (None, Kind::Array { elem, len: None }) if last && !union => {
                    let l = self.layout(*elem).ok_or_else(|| format!("member '{name}' has an incomplete type"))?;
                    flexible = true;
                    Layout { size: 0, align: l.align }
                }
                _ => return Err(format!("member '{name}' has an incomplete type '{}'", self.name(*ty))),
            };
            // `aligned(n)` on the member raises its alignment; `#pragma pack` caps even that.
            let cap = |a: usize| attrs.pack.map_or(a, |p| a.min(p));
            let user = attrs.member_aligns.get(i).copied().unwrap_or(1);
            let packed = attrs.packed || attrs.member_packed.get(i).copied().unwrap_or(false);
            if union {
                bit_pos = 0;
            }
            match width {
                Some(w) => {
                    let w = *w as usize;
                    let unit = lay.size * 8;
                    let integer = matches!(self.kind(*ty), Kind::Prim(p) if p.is_integer() || *p == Prim::Bool)
                        || matches!(self.kind(*ty), Kind::Enum { .. });
                    if !integer {
                        return Err(format!("bit-field '{name}' has a non-integer type"));
                    }
                    let max = if matches!(self.kind(*ty), Kind::Prim(Prim::Bool)) { 1 } else { unit };
                    if w > max {
                        return Err(format!("width of bit-field '{name}' exceeds its type"));
                    }
                    let tbits = lay.align * 8;
                    if w == 0 {
                        // A zero-width bit-field pads to the next unit of its
                        // type, whatever the packing.
                        bit_pos = bit_pos.div_ceil(tbits) * tbits;
                        size_bits = size_bits.max(bit_pos);
                        continue;
                    }
                    if user > 1 {
                        let ubits = cap(user) * 8;
                        bit_pos = bit_pos.div_ceil(ubits) * ubits;
                    }
                    // Unpacked: a bit-field does not straddle a unit of its type.
                    let straddle_check = !packed && attrs.pack.is_none();
                    if straddle_check && bit_pos / tbits != (bit_pos + w - 1) / tbits {
                        bit_pos = bit_pos.div_ceil(tbits) * tbits;
                    }
                    // The storage unit (the size of the type) that holds it:
                    // the aligned one if possible, else the one at its first
                    // byte (packed bit-fields may run past it; see `Field::bits`).
                    let natural = bit_pos / unit * unit;
                    let unit_start = if bit_pos + w <= natural + unit { natural } else { bit_pos / 8 * 8 };
                    if bit_pos - unit_start + w > 64 && !name.is_empty() {
                        return Err(format!("bit-field '{name}' spans more than 8 bytes (not supported)"));
                    }
                    fields.push(Field {
                        name: name.clone(),
                        ty: *ty,
                        offset: unit_start / 8,
                        bits: Some(((bit_pos - unit_start) as u32, w as u32)),
                    });
                    bit_pos += w;
                    if !name.is_empty() {
                        // gcc: `#pragma pack` caps a named bit-field's type
                        // alignment; without it `packed` makes it 1.
                        let talign = match attrs.pack {
                            Some(p) => lay.align.min(p),
                            None if packed => 1,
                            None => lay.align,
                        };
                        align = align.max(talign).max(cap(user));
                    }
                }
                None => {
                    let falign = cap(if packed { 1 } else { lay.align }.max(user));
                    let abits = falign * 8;
                    bit_pos = bit_pos.div_ceil(abits) * abits;
                    fields.push(Field { name: name.clone(), ty: *ty, offset: bit_pos / 8, bits: None });
                    bit_pos += lay.size * 8;
                    align = align.max(falign);
                }
            }
            size_bits = size_bits.max(bit_pos);
            // As LuaJIT, no type is larger than 2^31-1 bytes (this also keeps
            // the bit arithmetic of nested records from overflowing).
            if size_bits > 0x7fff_ffff * 8 {
                return Err("size of C type is unknown or too large".to_string());
            }
        }
        align = align.max(attrs.align);
        let size = size_bits.div_ceil(8).div_ceil(align) * align;
        // Keep a bit-field's unit inside the record where it fits (a packed
        // record can be smaller than the unit: see `Field::bits`).
        for f in &mut fields {
            let Some((bit, w)) = f.bits else { continue };
            let unit = self.layout(f.ty).map_or(1, |l| l.size);
            if f.offset + unit > size {
                let shift = (f.offset + unit - size).min(f.offset);
                f.offset -= shift;
                f.bits = Some((bit + 8 * shift as u32, w));
            }
        }
        let layout = Layout { size, align };
        Ok((Record { fields, flexible, layout }, layout))
    }

    fn compute_layout(&self, id: TypeId) -> Option<Layout> {
        match self.kind(id) {
            Kind::Void | Kind::Func { .. } => None,
            Kind::Prim(p) => Some(Layout { size: p.size(), align: p.size() }),
            Kind::Ptr(_) => Some(Layout { size: 8, align: 8 }),
            Kind::Enum { .. } => Some(Layout { size: 4, align: 4 }),
            Kind::Array { elem, len } => {
                let e = self.layout(*elem)?;
                let n = (*len)?;
                Some(Layout { size: e.size.checked_mul(n)?, align: e.align })
            }
            // The layout was computed when the body was given (packing and
            // alignment attributes cannot be recovered from the fields).
            Kind::Struct { body, .. } => body.as_ref().map(|b| b.layout),
        }
    }

    /// Find member `name` of record `id`, looking into anonymous nested
    /// records. Returns the member with its offset from the start of `id`.
    pub fn find_field(&self, id: TypeId, name: &str) -> Option<Field> {
        let Kind::Struct { body: Some(body), .. } = self.kind(id) else { return None };
        for f in &body.fields {
            if f.name == name {
                return Some(f.clone());
            }
            if f.name.is_empty() && f.bits.is_none() {
                if let Some(mut inner) = self.find_field(f.ty, name) {
                    inner.offset += f.offset;
                    return Some(inner);
                }
            }
        }
        None
    }

    /// The C spelling of a type, as LuaJIT prints it in `ctype<...>`.
    pub fn name(&self, id: TypeId) -> String {
        self.declarator(id, String::new(), 0)
    }

    /// C declarator syntax: `inner` is what stands where the name would be.
    /// `depth` counts the enclosing levels: types nested absurdly deep (long
    /// typedef chains) are cut short rather than overflowing the stack.
    fn declarator(&self, id: TypeId, inner: String, depth: u32) -> String {
        if depth > 400 {
            return join("...", &inner);
        }
        let depth = depth + 1;
        let ty = self.get(id);
        let q = qual_prefix(ty.qual);
        match &ty.kind {
            Kind::Void => join(&format!("{q}void"), &inner),
            Kind::Prim(p) => join(&format!("{q}{}", p.c_name()), &inner),
            Kind::Struct { tag, union, id: rid, .. } => {
                let kw = if *union { "union" } else { "struct" };
                let tag = if tag.is_empty() { rid.to_string() } else { tag.clone() };
                join(&format!("{q}{kw} {tag}"), &inner)
            }
            Kind::Enum { tag, id: rid, .. } => {
                let tag = if tag.is_empty() { rid.to_string() } else { tag.clone() };
                join(&format!("{q}enum {tag}"), &inner)
            }
            Kind::Ptr(to) => {
                // LuaJIT's spelling: "char *const *", "int *[3]", "char *(int)".
                let cq = qual_prefix(ty.qual).trim_end();
                let tight = inner.is_empty() || (cq.is_empty() && inner.starts_with(['*', '[', '(']));
                let sep = if tight { "" } else { " " };
                let star = format!("*{cq}{sep}{inner}");
                match self.kind(*to) {
                    Kind::Array { .. } | Kind::Func { .. } => self.declarator(*to, format!("({star})"), depth),
                    _ => self.declarator(*to, star, depth),
                }
            }
            Kind::Array { elem, len } => {
                let n = len.map_or(String::new(), |n| n.to_string());
                self.declarator(*elem, format!("{inner}[{n}]"), depth)
            }
            Kind::Func { ret, params, variadic, .. } => {
                let mut ps: Vec<String> = params.iter().map(|p| self.declarator(*p, String::new(), depth)).collect();
                if *variadic {
                    ps.push("...".to_string());
                }
                if ps.is_empty() {
                    ps.push("void".to_string());
                }
                self.declarator(*ret, format!("{inner}({})", ps.join(", ")), depth)
            }
        }
    }
}

fn record_key(tag: &str, union: bool) -> String {
    format!("{} {tag}", if union { "union" } else { "struct" })
}

fn qual_prefix(q: u8) -> &'static str {
    match (q & qual::CONST != 0, q & qual::VOLATILE != 0) {
        (true, true) => "const volatile ",
        (true, false) => "const ",
        (false, true) => "volatile ",
        (false, false) => "",
    }
}

fn join(base: &str, inner: &str) -> String {
    if inner.is_empty() {
        base.to_string()
    } else {
        format!("{base} {inner}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(t: &mut Types, union: bool, members: &[(&str, TypeId, Option<u32>)]) -> (TypeId, Layout) {
        let id = t.declare_record("", union);
        let m = members.iter().map(|(n, ty, w)| (n.to_string(), *ty, *w)).collect();
        t.complete_record(id, m, None).expect("lays out");
        (id, t.layout(id).expect("complete"))
    }

    #[test]
    fn scalar_layouts_follow_sysv() {
        let mut t = Types::new();
        let cases = [(Prim::Char, 1), (Prim::Short, 2), (Prim::Int, 4), (Prim::Long, 8), (Prim::Double, 8)];
        for (p, size) in cases {
            let id = t.prim(p, 0);
            assert_eq!(t.layout(id), Some(Layout { size, align: size }), "{p:?}");
        }
        let sz = t.typedefs["size_t"];
        assert_eq!(t.name(sz), "unsigned long");
    }

    #[test]
    fn struct_members_are_aligned_and_padded() {
        let mut t = Types::new();
        let (c, i, d) = (t.prim(Prim::Char, 0), t.prim(Prim::Int, 0), t.prim(Prim::Double, 0));
        let (s, l) = record(&mut t, false, &[("a", c, None), ("b", i, None), ("c", c, None), ("d", d, None)]);
        assert_eq!(l, Layout { size: 24, align: 8 });
        let offs: Vec<usize> = ["a", "b", "c", "d"].iter().map(|n| t.find_field(s, n).unwrap().offset).collect();
        assert_eq!(offs, [0, 4, 8, 16]);
        let (_, u) = record(&mut t, true, &[("x", c, None), ("y", d, None)]);
        assert_eq!(u, Layout { size: 8, align: 8 });
    }

    #[test]
    fn bit_fields_pack_into_units_of_their_type() {
        // struct { unsigned a:3, b:30; char c; int d:4; } as gcc lays it out.
        let mut t = Types::new();
        let (u, c, i) = (t.prim(Prim::UInt, 0), t.prim(Prim::Char, 0), t.prim(Prim::Int, 0));
        let (s, l) = record(&mut t, false, &[("a", u, Some(3)), ("b", u, Some(30)), ("c", c, None), ("d", i, Some(4))]);
        let f = |n: &str| t.find_field(s, n).unwrap();
        assert_eq!((f("a").offset, f("a").bits), (0, Some((0, 3))));
        assert_eq!((f("b").offset, f("b").bits), (4, Some((0, 30))));
        assert_eq!(f("c").offset, 8);
        assert_eq!((f("d").offset, f("d").bits), (8, Some((8, 4))));
        assert_eq!(l, Layout { size: 12, align: 4 });
    }

    #[test]
    fn flexible_array_member_has_no_size() {
        let mut t = Types::new();
        let (i, c) = (t.prim(Prim::Int, 0), t.prim(Prim::Char, 0));
        let flex = t.array(c, None, 0);
        let (s, l) = record(&mut t, false, &[("n", i, None), ("data", flex, None)]);
        assert_eq!(l, Layout { size: 4, align: 4 });
        assert_eq!(t.find_field(s, "data").unwrap().offset, 4);
    }

    #[test]
    fn names_use_c_declarator_syntax() {
        let mut t = Types::new();
        let i = t.prim(Prim::Int, 0);
        let ci = t.prim(Prim::Char, qual::CONST);
        let p = t.ptr(ci, 0);
        assert_eq!(t.name(p), "const char *");
        let arr = t.array(i, Some(4), 0);
        assert_eq!(t.name(arr), "int [4]");
        let parr = t.ptr(arr, 0);
        assert_eq!(t.name(parr), "int (*)[4]");
        let f = t.func(i, vec![p, p], false);
        let fp = t.ptr(f, 0);
        assert_eq!(t.name(fp), "int (*)(const char *, const char *)");
        let pp = t.ptr(p, 0);
        assert_eq!(t.name(pp), "const char **");
    }

    #[test]
    fn interning_gives_one_id_per_type() {
        let mut t = Types::new();
        let a = t.prim(Prim::Int, 0);
        let pa = t.ptr(a, 0);
        assert_eq!(t.ptr(a, 0), pa);
        assert_ne!(t.prim(Prim::Int, qual::CONST), a);
        let s = t.declare_record("point", false);
        assert_eq!(t.declare_record("point", false), s);
        assert_eq!(t.layout(s), None);
    }
}
