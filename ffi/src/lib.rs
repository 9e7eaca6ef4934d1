//! memvid-ffi: memvid-core for every language, through one C ABI declared with Diplomat.
//!
//! Each `#[diplomat::bridge]` module below declares one domain of the API; `diplomat-tool`
//! generates the C, C++, Dart and JS bindings from them (`cargo tool gen`).
//!
//! Ownership, in every language: a function that returns a pointer gives the caller ownership
//! of it, to be freed with that type's `destroy` (C++/JS/Dart do it automatically). Borrowed
//! parameters are only read during the call. Iterators borrow the collection they came from.

pub mod ask;
pub mod batch;
pub mod encryption;
pub mod errors;
pub mod frames;
pub mod lists;
pub mod maintenance;
pub mod memories;
pub mod options;
pub mod results;
pub mod sessions;
pub mod stats;
pub mod store;
pub mod tables;
pub mod tickets;
pub mod version;

pub mod fault;
mod calls;
mod handle;
mod json;
mod recovery;
mod query;
mod search;
#[cfg(target_os = "wasi")]
mod wasi;
mod writer_lock;
