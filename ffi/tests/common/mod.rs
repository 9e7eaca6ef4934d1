//! Helpers shared by the bridge tests: temp paths, written strings, error-code assertions.

#![allow(dead_code)]

use diplomat_runtime::rust_interop::RustWriteVec;
use diplomat_runtime::DiplomatWrite;
use memvid_ffi::errors::ffi::{MemvidError, MemvidErrorCode};
use memvid_ffi::options::ffi::MemvidPutOptions;
use memvid_ffi::store::ffi::MemvidStore;

pub struct TempDir(pub tempfile::TempDir);

pub fn tempdir() -> TempDir {
    TempDir(tempfile::tempdir().expect("temp dir"))
}

impl TempDir {
    pub fn path(&self, name: &str) -> String {
        self.0.path().join(name).to_str().expect("utf-8 temp path").to_owned()
    }
}

/// Collects what a `DiplomatWrite` function writes.
pub fn written(f: impl FnOnce(&mut DiplomatWrite)) -> String {
    let mut w = RustWriteVec::with_capacity(64);
    // Safety: `w` is the only DiplomatWrite in scope.
    f(unsafe { w.borrow_mut() });
    String::from_utf8(w.borrow().as_bytes().to_vec()).expect("utf-8 output")
}

/// Like `written`, for fallible writers: the text, or the error.
pub fn write_result(
    f: impl FnOnce(&mut DiplomatWrite) -> Result<(), Box<MemvidError>>,
) -> Result<String, Box<MemvidError>> {
    let mut result = Ok(());
    let text = written(|w| result = f(w));
    result.map(|()| text)
}

#[track_caller]
pub fn written_ok(f: impl FnOnce(&mut DiplomatWrite) -> Result<(), Box<MemvidError>>) -> String {
    write_result(f).expect("call succeeds")
}

/// Asserts that `result` failed with `code`, and returns the error's message.
#[track_caller]
pub fn expect_code<T>(result: Result<T, Box<MemvidError>>, code: MemvidErrorCode) -> String {
    match result {
        Ok(_) => panic!("expected error {code:?}, got success"),
        Err(e) => {
            assert_eq!(e.error_code(), code, "unexpected error: {e:?}");
            e.error_message().to_owned()
        }
    }
}

pub fn opts(title: &str, uri: &str) -> Box<MemvidPutOptions> {
    let mut o = MemvidPutOptions::new();
    o.set_title(title.as_bytes()).unwrap();
    o.set_uri(uri.as_bytes()).unwrap();
    o
}

/// A new store with three committed documents: frames 0, 1, 2.
pub fn store_with_docs(path: &str) -> Box<MemvidStore> {
    let store = MemvidStore::create(path.as_bytes()).expect("create");
    for (i, (title, text)) in DOCS.iter().enumerate() {
        let id = store
            .put_text(text.as_bytes(), Some(&opts(title, &format!("mv2://docs/{i}"))))
            .expect("put");
        assert_eq!(id, i as u64);
    }
    store.commit().expect("commit");
    store
}

pub const DOCS: [(&str, &str); 3] = [
    ("Rust", "Rust is a systems programming language focused on safety and speed."),
    ("WebAssembly", "WebAssembly runs compiled code inside browsers and Node.js."),
    ("Gardening", "Tomatoes need sunlight, water and patience to ripen in summer."),
];

/// A small deterministic generator (splitmix64): the randomized tests replay from their seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A number from the environment variable `name` (sizing a randomized run), else `default`.
pub fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The seed of a randomized test: `MEMVID_FFI_SEED` when set (to replay a failure), else `default`.
pub fn seed(default: u64) -> u64 {
    env_or("MEMVID_FFI_SEED", default)
}

/// This test binary again, running only the test `test` (the child side of a multi-process
/// test), with `role` and the memory's `path` in `MEMVID_FFI_CHILD` / `MEMVID_FFI_CHILD_PATH`.
/// With `shell_setup`, the child is started through `sh -c` after those shell commands.
pub fn child_process(shell_setup: Option<&str>, test: &str, role: &str, path: &str) -> std::process::Command {
    let exe = std::env::current_exe().expect("test binary path");
    let mut cmd = match shell_setup {
        Some(setup) => {
            let mut cmd = std::process::Command::new("sh");
            cmd.arg("-c").arg(format!("{setup}; exec \"$0\" \"$@\"")).arg(exe);
            cmd
        }
        None => std::process::Command::new(exe),
    };
    cmd.args(["--exact", test, "--nocapture", "--test-threads=1", "-q"])
        .env("MEMVID_FFI_CHILD", role)
        .env("MEMVID_FFI_CHILD_PATH", path);
    cmd
}
