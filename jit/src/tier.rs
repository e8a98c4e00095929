//! The JIT as the interpreter's tier (`kiln_interp::rt::Tier`): when a proto gets hot it is copied into a
//! `ProtoImage`, compiled, published in code memory and its entry stored in the proto, honouring the
//! `KILN_JIT*` switches (limit, disabled instructions, log, dump, perf map).

use crate::code::CodeMemory;
use crate::compiler::{self, ConstKind, ProtoImage};
use crate::config::JitConfig;
use crate::disasm::{self, Marker};
use crate::perfmap::PerfMap;
use crate::queue::{CompileQueue, JobState, Mode, Slot};
use crate::sync::Arc;
use kiln_gc::Gc;
use kiln_interp::bytecode::{Op, OpCode};
use kiln_interp::object::Proto;
use kiln_interp::rt::{HotSpot, Tier};
use kiln_interp::{Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// Counters and sizes for `jit.status()` and the closing figures.
#[derive(Clone, Copy, Debug, Default)]
pub struct JitStats {
    pub compiled: u64,
    pub bytecodes: u64,
    pub code_bytes: u64,
    pub compile_nanos: u64,
    pub failed: u64,
}

/// What the compile thread gets: the image and the caches its code will read.
struct Job {
    img: ProtoImage,
    caches: compiler::FieldCaches,
}

/// What it gives back.
struct Done {
    img: ProtoImage,
    caches: compiler::FieldCaches,
    asm: Result<compiler::Assembled, compiler::CompileError>,
    nanos: u64,
}

type Queue = CompileQueue<Job, Done, fn(Job) -> Done>;

fn compile_job(job: Job) -> Done {
    let start = std::time::Instant::now();
    let asm = compiler::compile(&job.img, &job.caches);
    Done { img: job.img, caches: job.caches, asm, nanos: start.elapsed().as_nanos() as u64 }
}

/// Calls or back-edges between two looks at a compilation in progress.
const POLL_INTERVAL: i32 = 64;

pub struct Jit {
    config: JitConfig,
    /// Made at the first compilation (a script that compiles nothing reserves no code memory and starts no
    /// thread); `None` inside when that failed: everything stays interpreted.
    code: std::cell::OnceCell<Option<CodeMemory>>,
    queue: std::cell::OnceCell<Option<Queue>>,
    /// Compilations in progress, by ticket (`TierState::job`).
    pending: RefCell<HashMap<u32, Arc<Slot<Done>>>>,
    next_ticket: Cell<u32>,
    disabled_ops: Vec<OpCode>,
    /// `jit.off()` (until `jit.on()`): nothing new is compiled and nothing compiled is entered.
    enabled: Cell<bool>,
    stats: Cell<JitStats>,
    full_reported: Cell<bool>,
    log: RefCell<Option<File>>,
    /// The field caches of every compiled function (as long-lived as their code).
    caches: RefCell<Vec<compiler::FieldCaches>>,
    dump: RefCell<Option<File>>,
    perf: Option<PerfMap>,
}

impl Jit {
    /// A JIT for `config`, or a message (a bad `KILN_JIT_DISABLE_OPS` name, no code memory).
    pub fn new(config: JitConfig) -> Result<Jit, String> {
        let mut disabled_ops = Vec::new();
        for name in &config.disabled_ops {
            match OpCode::from_name(name) {
                Some(op) => disabled_ops.push(op),
                None => return Err(format!("KILN_JIT_DISABLE_OPS: unknown instruction '{name}'")),
            }
        }
        let open = |p: &std::path::Path| {
            std::fs::OpenOptions::new().create(true).append(true).open(p).map_err(|e| format!("{}: {e}", p.display()))
        };
        let log = match &config.log {
            Some(p) => Some(open(p)?),
            None => None,
        };
        let dump = match &config.dump {
            Some(p) => Some(open(p)?),
            None => None,
        };
        let perf = if config.perf_map {
            Some(PerfMap::for_this_process().map_err(|e| format!("perf map: {e}"))?)
        } else {
            None
        };
        Ok(Jit {
            config,
            code: std::cell::OnceCell::new(),
            queue: std::cell::OnceCell::new(),
            pending: RefCell::new(HashMap::new()),
            next_ticket: Cell::new(1),
            disabled_ops,
            enabled: Cell::new(true),
            stats: Cell::new(JitStats::default()),
            full_reported: Cell::new(false),
            log: RefCell::new(log),
            caches: RefCell::new(Vec::new()),
            dump: RefCell::new(dump),
            perf,
        })
    }

    pub fn stats(&self) -> JitStats {
        self.stats.get()
    }

    pub fn config(&self) -> &JitConfig {
        &self.config
    }

    fn queue(&self) -> Option<&Queue> {
        self.queue
            .get_or_init(|| {
                let mode = if self.config.blocking { Mode::Blocking } else { Mode::Background };
                Queue::new(mode, compile_job as fn(Job) -> Done)
                    .map_err(|e| eprintln!("kiln: JIT compile thread: {e}; everything stays interpreted"))
                    .ok()
            })
            .as_ref()
    }

    fn code(&self) -> Option<&CodeMemory> {
        self.code
            .get_or_init(|| {
                CodeMemory::new(self.config.code_bytes)
                    .map_err(|e| eprintln!("kiln: JIT code memory: {e}; everything stays interpreted"))
                    .ok()
            })
            .as_ref()
    }

    /// `jit.on()`/`jit.off()`: whether hot functions get compiled.
    pub fn set_enabled(&self, on: bool) {
        self.enabled.set(on);
    }

    pub fn enabled(&self) -> bool {
        self.enabled.get()
    }

    /// Never tell the tier about `p` again (compiled, or not to be compiled).
    fn settle(p: &Proto) {
        p.tier.calls.set(i32::MAX);
        p.tier.loops.set(i32::MAX);
    }

    /// Queue `proto` for compiling (compiled at once with `KILN_JIT_BLOCKING=1`), or publish its code when a
    /// compilation it has in progress is done.
    fn compile_or_poll(&self, vm: &Vm, proto: &Proto) {
        let ticket = proto.tier.job.get();
        if ticket != 0 {
            let slot = self.pending.borrow().get(&ticket).cloned();
            let Some(slot) = slot else {
                proto.tier.job.set(0);
                return;
            };
            match slot.state() {
                JobState::Pending => self.poll_later(proto),
                JobState::Ready => {
                    self.forget(proto, ticket);
                    if let Some(done) = slot.take() {
                        self.publish(proto, done);
                    }
                }
                JobState::Taken | JobState::Failed => self.forget(proto, ticket),
            }
            return;
        }
        let img = image(vm, proto);
        if self.disabled_ops.iter().any(|op| compiler::uses_opcode(&img, *op)) {
            return;
        }
        let caches = compiler::FieldCaches::new(img.code.len());
        let Some(queue) = self.queue() else { return };
        let slot = queue.submit(Job { img, caches });
        if let Some(done) = slot.take() {
            self.publish(proto, done);
            return;
        }
        let ticket = self.next_ticket.get();
        self.next_ticket.set(ticket.wrapping_add(1).max(1));
        self.pending.borrow_mut().insert(ticket, slot);
        proto.tier.job.set(ticket);
        self.poll_later(proto);
    }

    /// Be told of `proto` again soon, to look at its compilation.
    fn poll_later(&self, proto: &Proto) {
        proto.tier.calls.set(POLL_INTERVAL);
        proto.tier.loops.set(POLL_INTERVAL);
    }

    fn forget(&self, proto: &Proto, ticket: u32) {
        self.pending.borrow_mut().remove(&ticket);
        proto.tier.job.set(0);
    }

    /// Copy finished code into code memory and make it the proto's entry.
    fn publish(&self, proto: &Proto, done: Done) {
        let Done { img, caches, asm, nanos } = done;
        let asm = match asm {
            Ok(a) => a,
            Err(e) => {
                eprintln!("kiln: JIT: {}: {e}; it stays interpreted", img.name);
                self.bump(|s| s.failed += 1);
                return;
            }
        };
        if let Some(limit) = self.config.limit {
            if self.stats.get().compiled >= limit {
                return;
            }
        }
        let Some(code) = self.code() else { return };
        let published = match code.publish(&asm.bytes) {
            Ok(p) => p,
            Err(e) => {
                // Code memory full: the function stays interpreted (reported once).
                self.bump(|s| s.failed += 1);
                if !self.full_reported.replace(true) {
                    eprintln!("kiln: JIT: {e}; functions compiled from now on stay interpreted");
                }
                return;
            }
        };
        self.caches.borrow_mut().push(caches);
        self.bump(|s| {
            s.compiled += 1;
            s.bytecodes += img.code.len() as u64;
            s.code_bytes += asm.bytes.len() as u64;
            s.compile_nanos += nanos;
        });
        let index = self.stats.get().compiled;
        self.record(index, &img, &asm, published.start);
        proto.tier.publish(published.start as usize);
    }

    fn bump(&self, f: impl FnOnce(&mut JitStats)) {
        let mut s = self.stats.get();
        f(&mut s);
        self.stats.set(s);
    }

    /// The log line, the dump and the perf-map line of a compiled function. Write errors are ignored:
    /// they are diagnostics, and the program's own output must not change.
    fn record(&self, index: u64, img: &ProtoImage, asm: &compiler::Assembled, start: *const u8) {
        if let Some(f) = self.log.borrow_mut().as_mut() {
            let _ = writeln!(f, "compiled {index} {} ? {} {}", img.name, img.code.len(), asm.bytes.len());
            let _ = f.flush();
        }
        if let Some(f) = self.dump.borrow_mut().as_mut() {
            let _ = writeln!(f, "== #{index} {} ({} bytecodes, {} bytes)", img.name, img.code.len(), asm.bytes.len());
            let _ = writeln!(f, "{}", listing(img, asm));
        }
        if let Some(p) = &self.perf {
            let _ = p.record(start, asm.bytes.len(), &format!("lua:{}", img.name));
        }
    }
}

impl Tier for Jit {
    fn hot(&self, vm: &mut Vm, proto: Gc<Proto>, _at: HotSpot) {
        // While the JIT is off (`jit.off()`) the counter stays as the caller reset it, so the proto is
        // offered again after `jit.on()`; a proto compiled or switched off is never offered again.
        if !self.enabled.get() {
            return;
        }
        Jit::settle(&proto);
        if proto.tier.off.get() || proto.tier.entry.load(Ordering::Relaxed) != 0 {
            return;
        }
        if let Some(limit) = self.config.limit {
            if self.stats.get().compiled >= limit {
                return;
            }
        }
        self.compile_or_poll(vm, &proto);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The copy of `p` the compiler works from (string constants get their hash computed here, on the VM
/// thread).
pub fn image(vm: &Vm, p: &Proto) -> ProtoImage {
    let tm_index = vm.tm_names[kiln_interp::state::Tm::Index as usize];
    let consts = p
        .consts
        .iter()
        .map(|c| match c.get() {
            Value::Nil => ConstKind::Nil,
            Value::Bool(b) => ConstKind::Bool(b),
            Value::Int(i) => ConstKind::Int(i),
            Value::Float(f) => ConstKind::Float(f),
            Value::Str(s) => ConstKind::Str(s.hash()),
            _ => ConstKind::Other,
        })
        .collect();
    ProtoImage {
        code: p.code.to_vec(),
        consts,
        lines: p.lines.to_vec(),
        name: format!("{}:{}", p.short_source(), p.line_defined),
        tm_index: tm_index.raw().as_ptr() as usize,
        tm_index_hash: tm_index.hash(),
        may_close: may_close(p),
        float_seen: p.feedback.iter().map(|f| f.get() & kiln_interp::object::FEEDBACK_FLOAT != 0).collect(),
    }
}

/// `ProtoImage::may_close` of `p`.
fn may_close(p: &Proto) -> bool {
    p.code.iter().any(|op| match *op {
        Op::Tbc { .. } | Op::TForPrep { .. } => true,
        Op::Closure { p: child, .. } => p.protos[child as usize].get().upvals.iter().any(|u| u.in_stack),
        _ => false,
    })
}

/// The disassembly of `asm`, the code compiled from `img`, with each instruction's bytecode and source line
/// before its code (`KILN_JIT_DUMP`, golden tests).
pub fn listing(img: &ProtoImage, asm: &compiler::Assembled) -> String {
    let markers: Vec<Marker> = asm
        .pc_offsets
        .iter()
        .enumerate()
        .map(|(pc, off)| {
            let line = img.lines.get(pc).copied().unwrap_or(0);
            Marker::new(*off, format!("[{pc}] {:?}  -- line {line}", img.code[pc]))
        })
        .collect();
    let code_end = asm.bytes.len() - 4 * img.code.len();
    disasm::disassemble(&asm.bytes[..code_end], &markers, &helper_symbols())
}

/// Names for helper addresses in disassembly.
fn helper_symbols() -> Vec<(u64, &'static str)> {
    use kiln_interp::rt;
    vec![
        (rt::kiln_rt_arith as *const () as usize as u64, "kiln_rt_arith"),
        (rt::kiln_rt_index as *const () as usize as u64, "kiln_rt_index"),
        (rt::kiln_rt_set_index as *const () as usize as u64, "kiln_rt_set_index"),
        (rt::kiln_rt_compare as *const () as usize as u64, "kiln_rt_compare"),
        (rt::kiln_rt_len as *const () as usize as u64, "kiln_rt_len"),
        (rt::kiln_rt_concat as *const () as usize as u64, "kiln_rt_concat"),
        (rt::kiln_rt_new_table as *const () as usize as u64, "kiln_rt_new_table"),
        (rt::kiln_rt_closure as *const () as usize as u64, "kiln_rt_closure"),
        (rt::kiln_rt_gc_safepoint as *const () as usize as u64, "kiln_rt_gc_safepoint"),
        (rt::kiln_rt_set_upval as *const () as usize as u64, "kiln_rt_set_upval"),
        (rt::kiln_rt_get_tab_up as *const () as usize as u64, "kiln_rt_get_tab_up"),
        (rt::kiln_rt_set_tab_up as *const () as usize as u64, "kiln_rt_set_tab_up"),
        (rt::kiln_rt_close as *const () as usize as u64, "kiln_rt_close"),
        (rt::kiln_rt_tbc as *const () as usize as u64, "kiln_rt_tbc"),
        (rt::kiln_rt_call as *const () as usize as u64, "kiln_rt_call"),
        (rt::kiln_rt_tail_call as *const () as usize as u64, "kiln_rt_tail_call"),
        (rt::kiln_rt_call_fast as *const () as usize as u64, "kiln_rt_call_fast"),
        (rt::kiln_rt_return as *const () as usize as u64, "kiln_rt_return"),
        (rt::kiln_rt_for_prep as *const () as usize as u64, "kiln_rt_for_prep"),
        (rt::kiln_rt_tfor_call as *const () as usize as u64, "kiln_rt_tfor_call"),
        (rt::kiln_rt_set_list as *const () as usize as u64, "kiln_rt_set_list"),
        (rt::kiln_rt_vararg as *const () as usize as u64, "kiln_rt_vararg"),
        (rt::kiln_rt_backedge as *const () as usize as u64, "kiln_rt_backedge"),
        (rt::kiln_rt_get_field as *const () as usize as u64, "kiln_rt_get_field"),
        (rt::kiln_rt_set_field as *const () as usize as u64, "kiln_rt_set_field"),
        (rt::kiln_rt_table_get as *const () as usize as u64, "kiln_rt_table_get"),
        (rt::kiln_rt_table_set as *const () as usize as u64, "kiln_rt_table_set"),
        (rt::kiln_rt_barrier as *const () as usize as u64, "kiln_rt_barrier"),
        (rt::kiln_rt_len_plain as *const () as usize as u64, "kiln_rt_len_plain"),
        (crate::numeric::shl as *const () as usize as u64, "numeric::shl"),
        (crate::numeric::shr as *const () as usize as u64, "numeric::shr"),
        (crate::numeric::float_mod as *const () as usize as u64, "numeric::float_mod"),
        (crate::numeric::float_floor_div as *const () as usize as u64, "numeric::float_floor_div"),
        (crate::numeric::pow as *const () as usize as u64, "numeric::pow"),
    ]
}

/// Register the JIT on `vm` as `config` asks (nothing when it is disabled). Returns the JIT, for `jit.*`.
pub fn install(vm: &mut Vm, config: JitConfig) -> Result<Option<Rc<Jit>>, String> {
    if !config.enabled {
        return Ok(None);
    }
    let threshold = config.threshold;
    let jit = Rc::new(Jit::new(config)?);
    vm.set_tier(Some(jit.clone()), threshold);
    Ok(Some(jit))
}
