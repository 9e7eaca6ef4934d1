//! A list of strings, for calls that return names or ids (memory entities, session ids,
//! table ids). Strings cannot be returned directly through every backend, so each is read
//! through a `DiplomatWrite`.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// An ordered list of strings.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidStrings_destroy`.
    #[diplomat::opaque]
    pub struct MemvidStrings(pub(crate) Vec<String>);

    impl MemvidStrings {
        /// Number of strings.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// Whether the list is empty.
        #[diplomat::attr(auto, getter)]
        pub fn is_empty(&self) -> bool {
            self.0.is_empty()
        }

        /// Writes the string at `index`; `MV202` past the end.
        // Diplomat 0.17 drops a DiplomatWrite parameter from the C and JS signatures when the
        // method returns a value (bool, ...), while the Rust side still expects it: a method
        // that writes must return () or Result<(), _>.
        pub fn get(&self, index: usize, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            let s = self.0.get(index).ok_or_else(|| {
                MemvidError::invalid_argument(format!("index {index} is past the end of a list of {}", self.0.len()))
            })?;
            let _ = out.write_str(s);
            Ok(())
        }
    }
}
