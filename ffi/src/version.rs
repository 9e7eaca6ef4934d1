//! Versions of the binding and of the memvid-core it was built with.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// Version information (no instances: static functions only).
    #[diplomat::opaque]
    pub struct MemvidVersion;

    impl MemvidVersion {
        /// The binding's version, e.g. `0.1.0`; one version for the library and every package.
        pub fn binding(out: &mut DiplomatWrite) {
            let _ = out.write_str(env!("CARGO_PKG_VERSION"));
        }

        /// The version of memvid-core compiled in, e.g. `2.0.140`.
        pub fn core(out: &mut DiplomatWrite) {
            let _ = out.write_str(memvid_core::MEMVID_CORE_VERSION);
        }

        /// Both, as `memvid-ffi 0.1.0 (memvid-core 2.0.140)`.
        pub fn describe(out: &mut DiplomatWrite) {
            let _ = write!(
                out,
                "memvid-ffi {} (memvid-core {})",
                env!("CARGO_PKG_VERSION"),
                memvid_core::MEMVID_CORE_VERSION
            );
        }
    }
}
