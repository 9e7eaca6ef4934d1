//! Low-level IO primitives for interacting with `.mv2` files.

pub mod header;
#[cfg(feature = "parallel_segments")]
pub mod manifest_wal;
#[cfg(feature = "temporal_track")]
pub mod temporal_index;
pub mod time_index;
pub mod wal;

pub use wal::{EmbeddedWal, WalRecord, WalStats};
