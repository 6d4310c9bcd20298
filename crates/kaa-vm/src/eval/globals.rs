//! Global name lookups through an instruction's inline cache: `LOAD_GLOBAL`, and
//! `LOAD_NAME` in a module body, where the locals are the globals (CPython 3.11's
//! LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN specialisations).
//!
//! A cache records where the name was found, an entry of the globals or of the builtins,
//! with the key versions of the dicts involved (`DictTable::version`): a name found in the
//! globals depends only on them, one found in the builtins also on the globals still
//! lacking it. The value is read from the entry at each hit, so rebinding a global (a
//! counter in a module-level loop) keeps the cache; adding or removing keys does not.

use crate::frame::Frame;
use crate::object::{InlineCache, PyCode};
use crate::value::Value;
use crate::vm::PyErr;
use crate::Vm;

/// The builtins "version" a cache records for a name found in the globals (dict key
/// versions count up from 0 and a busy dict reads as `u64::MAX`).
const IN_GLOBALS: u64 = u64::MAX - 1;

/// The value cache number `slot` of `code` gives for frame `f`'s globals, if it still holds.
#[inline(always)]
pub(super) fn cache_hit(code: &PyCode, slot: usize, f: &Frame) -> Option<Value> {
    // SAFETY: the entry is only read here (copied out); the reference is gone before a
    // miss can borrow the caches mutably. Unguarded, the hit skips the borrow count's
    // increment and decrement.
    let c = unsafe { code.caches.try_borrow_unguarded() }.ok()?;
    let &InlineCache::Global {
        globals,
        builtins,
        gver,
        bver,
        index,
    } = c.get(slot)?
    else {
        return None;
    };
    if globals != f.globals.id() {
        None
    } else if bver == IN_GLOBALS {
        crate::dict::value_at(&f.globals, gver, index)
    } else if builtins == f.builtins.id() && crate::dict::version(&f.globals) == gver {
        crate::dict::value_at(&f.builtins, bver, index)
    } else {
        None
    }
}

impl Vm {
    /// The lookup when the cache does not hold: the globals, then the builtins, or
    /// NameError; records what it found once the code is warm.
    #[inline(never)]
    pub(super) fn load_global_miss(
        &mut self,
        code: &PyCode,
        slot: usize,
        f: &Frame,
        arg: u32,
    ) -> Result<Value, PyErr> {
        let gver = crate::dict::version(&f.globals);
        let name = code.names.get(arg as usize).cloned().unwrap_or(Value::None);
        let (index, bver) = match crate::dict::find_name(&f.globals, &name) {
            Some(i) => (i, IN_GLOBALS),
            None => match crate::dict::find_name(&f.builtins, &name) {
                Some(i) => (i, crate::dict::version(&f.builtins)),
                None => {
                    let n = name.as_str().unwrap_or("").to_string();
                    return Err(self.name_error(&n));
                }
            },
        };
        let holder = if bver == IN_GLOBALS {
            &f.globals
        } else {
            &f.builtins
        };
        let version = if bver == IN_GLOBALS { gver } else { bver };
        // Just found there, with no code run since: the entry is live, unless the dict was
        // busy when its version was read (then the name is looked up again, uncached).
        let Some(v) = crate::dict::value_at(holder, version, index) else {
            return Ok(crate::dict::get_name(holder, &name).unwrap_or(Value::None));
        };
        if slot != 0 && code.caches_ready() {
            if let Ok(mut c) = code.caches.try_borrow_mut() {
                if let Some(e) = c.get_mut(slot) {
                    *e = InlineCache::Global {
                        globals: f.globals.id(),
                        builtins: f.builtins.id(),
                        gver,
                        bver,
                        index,
                    };
                }
            }
        }
        Ok(v)
    }
}
