//! Frames (stored documents), the timeline, and the frame ids of a batch.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// A stored frame's metadata (a snapshot taken when it was read).
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidFrame_destroy`.
    #[diplomat::opaque]
    pub struct MemvidFrame(pub(crate) memvid_core::Frame);

    impl MemvidFrame {
        /// The frame id.
        #[diplomat::attr(auto, getter)]
        pub fn id(&self) -> u64 {
            self.0.id
        }

        /// Timestamp in seconds since the Unix epoch.
        #[diplomat::attr(auto, getter)]
        pub fn timestamp(&self) -> i64 {
            self.0.timestamp
        }

        /// The uri, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn uri(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.uri.as_deref().unwrap_or(""));
        }

        /// The title, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn title(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.title.as_deref().unwrap_or(""));
        }

        /// The kind, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn kind(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.kind.as_deref().unwrap_or(""));
        }

        /// The track, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn track(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.track.as_deref().unwrap_or(""));
        }

        /// Whether the frame is live (not deleted or superseded).
        #[diplomat::attr(auto, getter)]
        pub fn is_active(&self) -> bool {
            self.0.status == memvid_core::types::FrameStatus::Active
        }

        /// The full frame as memvid-core `Frame` JSON (tags, labels, extra_metadata, status, ...).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// The frame ids assigned by a `put_many`, in the order the documents were added.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidFrameIds_destroy`.
    #[diplomat::opaque]
    pub struct MemvidFrameIds(pub(crate) Vec<u64>);

    impl MemvidFrameIds {
        /// Number of ids.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// The id at `index`, or none past the end.
        pub fn get(&self, index: usize) -> Option<u64> {
            self.0.get(index).copied()
        }

        /// Iterates over the ids.
        #[diplomat::attr(auto, iterable)]
        pub fn iter<'a>(&'a self) -> Box<MemvidFrameIdIter<'a>> {
            Box::new(MemvidFrameIdIter(self.0.iter()))
        }
    }

    /// Iterator over `MemvidFrameIds`; borrows them, which must outlive it.
    #[diplomat::opaque_mut]
    pub struct MemvidFrameIdIter<'a>(pub(crate) std::slice::Iter<'a, u64>);

    impl<'a> MemvidFrameIdIter<'a> {
        /// The next id, or none at the end.
        #[diplomat::attr(auto, iterator)]
        pub fn next(&mut self) -> Option<u64> {
            self.0.next().copied()
        }
    }

    /// The entries of a timeline query, in the order asked for.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidTimeline_destroy`.
    #[diplomat::opaque]
    pub struct MemvidTimeline(pub(crate) Vec<memvid_core::TimelineEntry>);

    impl MemvidTimeline {
        /// Number of entries.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// The entry at `index` (owned by the caller), or none past the end.
        pub fn get(&self, index: usize) -> Option<Box<MemvidTimelineEntry>> {
            self.0.get(index).cloned().map(|e| Box::new(MemvidTimelineEntry(e)))
        }

        /// Iterates over the entries.
        #[diplomat::attr(auto, iterable)]
        pub fn iter<'a>(&'a self) -> Box<MemvidTimelineIter<'a>> {
            Box::new(MemvidTimelineIter(self.0.iter()))
        }

        /// All entries as a JSON array of memvid-core `TimelineEntry`.
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }

    /// Iterator over `MemvidTimeline`; borrows it, which must outlive it.
    #[diplomat::opaque_mut]
    pub struct MemvidTimelineIter<'a>(pub(crate) std::slice::Iter<'a, memvid_core::TimelineEntry>);

    impl<'a> MemvidTimelineIter<'a> {
        /// The next entry (owned by the caller), or none at the end.
        #[diplomat::attr(auto, iterator)]
        pub fn next(&mut self) -> Option<Box<MemvidTimelineEntry>> {
            self.0.next().cloned().map(|e| Box::new(MemvidTimelineEntry(e)))
        }
    }

    /// One timeline entry: a frame id, its timestamp, uri and a short preview of its text.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidTimelineEntry_destroy`.
    #[diplomat::opaque]
    pub struct MemvidTimelineEntry(pub(crate) memvid_core::TimelineEntry);

    impl MemvidTimelineEntry {
        /// The frame id.
        #[diplomat::attr(auto, getter)]
        pub fn frame_id(&self) -> u64 {
            self.0.frame_id
        }

        /// Timestamp in seconds since the Unix epoch.
        #[diplomat::attr(auto, getter)]
        pub fn timestamp(&self) -> i64 {
            self.0.timestamp
        }

        /// The uri, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn uri(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.uri.as_deref().unwrap_or(""));
        }

        /// The first characters of the frame's text.
        #[diplomat::attr(auto, getter)]
        pub fn preview(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.preview);
        }
    }
}
