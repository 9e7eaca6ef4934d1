//! Plain-number views of a memory: `stats` (memvid-core's storage statistics) and `state`
//! (what this handle holds right now). Only numbers and bools, so they pass by value everywhere.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    /// memvid-core's storage statistics of the committed file. `MemvidStore::stats_json` gives
    /// the complete memvid-core `Stats`.
    pub struct MemvidStats {
        /// Frames in the file, including deleted ones.
        pub frame_count: u64,
        /// Frames that are live.
        pub active_frame_count: u64,
        /// Size of the file in bytes.
        pub size_bytes: u64,
        /// Bytes of stored payloads (after compression).
        pub payload_bytes: u64,
        /// Bytes of payloads before compression.
        pub logical_bytes: u64,
        /// The capacity of the file's tier in bytes (50 MB without a ticket).
        pub capacity_bytes: u64,
        /// Capacity still free, in bytes.
        pub remaining_capacity_bytes: u64,
        /// Number of stored embeddings.
        pub vector_count: u64,
        /// Whether a lexical (full-text) index is present.
        pub has_lex_index: bool,
        /// Whether a vector index is present.
        pub has_vec_index: bool,
        /// Whether a time index is present.
        pub has_time_index: bool,
        /// Bytes of the file that nothing live references (payloads of deleted frames, gaps):
        /// what compaction reclaims. A commit compacts the file once they pass a quarter of it
        /// (see `MemvidStore::commit`).
        pub dead_bytes: u64,
    }

    /// What an open handle holds, including writes that are not committed yet.
    pub struct MemvidState {
        /// Frames committed to the file.
        pub committed_frames: u64,
        /// Frames put since the last commit (not yet durable or searchable).
        pub pending_frames: u64,
        /// The id the next put will get.
        pub next_frame_id: u64,
        /// Dimension of the vector index, or 0 when no embedding is stored.
        pub vec_dimension: u32,
        /// Whether the handle was opened read-only.
        pub read_only: bool,
    }
}

impl From<memvid_core::Stats> for ffi::MemvidStats {
    fn from(s: memvid_core::Stats) -> Self {
        Self {
            frame_count: s.frame_count,
            active_frame_count: s.active_frame_count,
            size_bytes: s.size_bytes,
            payload_bytes: s.payload_bytes,
            logical_bytes: s.logical_bytes,
            capacity_bytes: s.capacity_bytes,
            remaining_capacity_bytes: s.remaining_capacity_bytes,
            vector_count: s.vector_count,
            has_lex_index: s.has_lex_index,
            has_vec_index: s.has_vec_index,
            has_time_index: s.has_time_index,
            dead_bytes: s.dead_bytes,
        }
    }
}
