//! What the bridge needs when it runs as WebAssembly under WASI (Node's `node:wasi`).
//!
//! - Diplomat's generated JS calls `diplomat_init` on every module, but diplomat-runtime only
//!   defines it for wasm32-unknown-unknown.
//! - `std::env::temp_dir()` panics on WASI, and memvid-core's Tantivy engine creates temporary
//!   directories: point tempfile at `$TMPDIR` (or `/tmp`) inside the host's preopened tree.
//! - A WASI module's working directory is `/`, not the host's: relative paths are resolved
//!   against `$PWD`, which the JS loader sets to the host's working directory.

use std::sync::Once;

#[no_mangle]
pub extern "C" fn diplomat_init() {}

/// Runs once before the first memory is created or opened.
pub(crate) fn prepare() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let dir = std::env::var("TMPDIR").unwrap_or_else(|_| "/tmp".to_string());
        let _ = tempfile::env::override_temp_dir(std::path::Path::new(&dir));
    });
}

/// `path` made absolute against `$PWD` (the host's working directory), when it is relative.
pub(crate) fn absolute(path: String) -> String {
    match std::env::var("PWD") {
        Ok(cwd) if !path.starts_with('/') => std::path::Path::new(&cwd).join(&path).to_string_lossy().into_owned(),
        _ => path,
    }
}
