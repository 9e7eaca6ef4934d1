//! A test-only way to make a call panic, proving that the panic boundary holds.
//!
//! In a process started with `MEMVID_FFI_FAULT_INJECTION=1`, a put whose document or a find
//! whose query is exactly [`PANIC_TRIGGER`] panics inside the call, while the store's lock is
//! held, the way a bug in memvid-core would. The variable is read once; without it the trigger
//! is ordinary text. Rust tests can switch it on with [`enable`].

use std::sync::atomic::{AtomicU8, Ordering};

/// The document or query text that panics when fault injection is on.
pub const PANIC_TRIGGER: &str = "memvid-ffi:test-panic";

const UNKNOWN: u8 = 0;
const OFF: u8 = 1;
const ON: u8 = 2;
static STATE: AtomicU8 = AtomicU8::new(UNKNOWN);

/// Turns fault injection on for this process (tests only).
#[doc(hidden)]
pub fn enable() {
    STATE.store(ON, Ordering::Relaxed);
}

fn enabled() -> bool {
    match STATE.load(Ordering::Relaxed) {
        UNKNOWN => {
            let on = std::env::var_os("MEMVID_FFI_FAULT_INJECTION").is_some_and(|v| v == "1");
            let _ = STATE.compare_exchange(UNKNOWN, if on { ON } else { OFF }, Ordering::Relaxed, Ordering::Relaxed);
            STATE.load(Ordering::Relaxed) == ON
        }
        state => state == ON,
    }
}

/// Panics if `input` is the trigger and fault injection is on.
pub(crate) fn check(input: &[u8]) {
    if input == PANIC_TRIGGER.as_bytes() && enabled() {
        panic!("test panic requested with MEMVID_FFI_FAULT_INJECTION");
    }
}
