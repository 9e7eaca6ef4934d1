//! The state behind a `MemvidStore` and the panic boundary every call goes through.
//!
//! A store is shared between threads by the foreign side, so its memvid-core handle lives behind
//! a mutex: calls on one store are serialized. A panic inside a call (ours or memvid-core's) is
//! caught here, turned into `MV207 Internal`, and poisons the store: memvid's in-memory state may
//! be half-updated, so the only thing still allowed is `close` (which then does not commit).

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Mutex, MutexGuard, Once};

use memvid_core::Memvid;

use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::writer_lock::WriterLock;

pub(crate) enum State {
    Open(Memvid, Option<WriterLock>),
    Closed,
    Poisoned,
}

/// The memories of poisoned handles. Dropping one would commit its half-updated state, so they
/// are kept until the process exits, with their writer locks: the file keeps its last committed
/// state. Keeping them reachable (rather than `mem::forget`) keeps leak checkers quiet.
static POISONED: Mutex<Vec<(Memvid, Option<WriterLock>)>> = Mutex::new(Vec::new());

pub(crate) struct Handle {
    state: Mutex<State>,
    read_only: bool,
}

/// Runs `f`, turning a panic into `MV207 Internal`. Used directly by calls that do not touch a
/// store (constructors, builders) and through `Handle::with` by calls that do.
///
/// A panic caught here is reported through the error only: the quiet hook (below) keeps Rust's
/// message and backtrace off the host program's stderr.
pub(crate) fn guard<T>(f: impl FnOnce() -> FfiResult<T>) -> FfiResult<T> {
    install_quiet_hook();
    let outer = INSIDE_GUARD.with(|depth| depth.replace(depth.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    INSIDE_GUARD.with(|depth| depth.set(outer));
    match result {
        Ok(result) => result,
        Err(payload) => {
            let place = PANIC_PLACE.with(|p| p.take()).map(|p| format!(" at {p}")).unwrap_or_default();
            Err(MemvidError::new(
                MemvidErrorCode::Internal,
                format!("internal error (panic caught at the FFI boundary{place}): {}", panic_text(&payload)),
            ))
        }
    }
}

thread_local! {
    /// How many `guard`s this thread is inside: a panic here is caught and reported as MV207.
    static INSIDE_GUARD: Cell<u32> = const { Cell::new(0) };
    /// Where the last caught panic happened, for the MV207 message.
    static PANIC_PLACE: Cell<Option<String>> = const { Cell::new(None) };
}

/// Wraps the process's panic hook once: panics inside a `guard` are silent (they become MV207),
/// every other panic still goes to the hook that was there before, the host's own included.
fn install_quiet_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if INSIDE_GUARD.with(Cell::get) > 0 {
                PANIC_PLACE.with(|p| p.set(info.location().map(|l| format!("{}:{}", l.file(), l.line()))));
            } else {
                previous(info);
            }
        }));
    });
}

fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_string()
    }
}

impl Handle {
    /// A handle over an open memory; writers pass the lock they took before opening.
    pub(crate) fn new(mem: Memvid, lock: Option<WriterLock>) -> Self {
        Self {
            read_only: lock.is_none(),
            state: Mutex::new(State::Open(mem, lock)),
        }
    }

    pub(crate) fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The std mutex is poisoned only if a panic escaped `with`, which `guard` prevents; the
        // state itself records poisoning, so recover the guard either way.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs a read call on the open memory.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Memvid) -> FfiResult<T>) -> FfiResult<T> {
        let mut state = self.lock();
        let mem = match &mut *state {
            State::Open(mem, _) => mem,
            State::Closed => return Err(closed()),
            State::Poisoned => return Err(poisoned()),
        };
        let result = guard(|| f(mem));
        if matches!(&result, Err(e) if e.code == MemvidErrorCode::Internal) {
            if let State::Open(mem, lock) = std::mem::replace(&mut *state, State::Poisoned) {
                POISONED.lock().unwrap_or_else(|e| e.into_inner()).push((mem, lock));
            }
        }
        result
    }

    /// Runs a write call: refused on read-only handles, since memvid-core would otherwise
    /// silently upgrade its shared lock and write.
    pub(crate) fn with_writable<T>(
        &self,
        f: impl FnOnce(&mut Memvid) -> FfiResult<T>,
    ) -> FfiResult<T> {
        if self.read_only {
            return Err(MemvidError::new(
                MemvidErrorCode::ReadOnly,
                "this handle was opened read-only; open it with memvid_MemvidStore_open to write",
            ));
        }
        let result = self.with(f);
        // A checkpoint (and a WAL growth) renames a new file over the path: the writer lock follows.
        // Best effort: the call itself succeeded, and the path lock still keeps other writers
        // out; only a hard link made to the new file would then go unnoticed.
        if let State::Open(mem, Some(lock)) = &mut *self.lock() {
            let path = mem.path().to_path_buf();
            let _ = lock.follow(&path);
        }
        result
    }

    /// Commits pending writes (writable handles) and releases the file. Closing twice is fine.
    /// A poisoned handle has nothing left to release.
    pub(crate) fn close(&self) -> FfiResult<()> {
        let mut state = self.lock();
        match std::mem::replace(&mut *state, State::Closed) {
            State::Open(mut mem, lock) => {
                let committed = if self.read_only { Ok(()) } else { guard(|| crate::store::checkpoint(&mut mem)) };
                let dropped = guard(|| {
                    drop(mem);
                    Ok(())
                });
                drop(lock);
                committed.and(dropped)
            }
            State::Closed | State::Poisoned => Ok(()),
        }
    }

    pub(crate) fn is_closed(&self) -> bool {
        !matches!(&*self.lock(), State::Open(..))
    }

    pub(crate) fn is_poisoned(&self) -> bool {
        matches!(&*self.lock(), State::Poisoned)
    }
}

fn closed() -> Box<MemvidError> {
    MemvidError::new(MemvidErrorCode::HandleClosed, "the memory handle is closed")
}

fn poisoned() -> Box<MemvidError> {
    MemvidError::new(
        MemvidErrorCode::HandlePoisoned,
        "the memory handle is poisoned by an earlier internal error; close it. The file keeps its \
         last committed state and stays locked by this process until it exits",
    )
}
