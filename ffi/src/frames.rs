//! Frames (stored documents), the timeline, and the frame ids of a batch.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use crate::lists::ffi::MemvidStrings;
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};
    use std::fmt::Write;

    /// A frame's stored payload: the bytes that were put, decompressed (for long text, the
    /// chunks joined back).
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidBytes_destroy`. The slice from
    /// `bytes` borrows it.
    #[diplomat::opaque]
    pub struct MemvidBytes(pub(crate) Vec<u8>);

    impl MemvidBytes {
        /// Number of bytes.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }

        /// The bytes (valid while this object lives).
        pub fn bytes<'a>(&'a self) -> &'a [u8] {
            &self.0
        }
    }

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

        /// Whether the frame has a metadata entry `key`.
        pub fn has_metadata(&self, key: &DiplomatStr) -> bool {
            std::str::from_utf8(key).is_ok_and(|k| self.0.extra_metadata.contains_key(k))
        }

        /// The value of the frame's metadata entry `key` (set with
        /// `MemvidPutOptions::set_metadata`), or an empty string when it has none.
        pub fn metadata(&self, key: &DiplomatStr, out: &mut DiplomatWrite) {
            let value = std::str::from_utf8(key).ok().and_then(|k| self.0.extra_metadata.get(k));
            let _ = out.write_str(value.map_or("", String::as_str));
        }

        /// The frame's tags, in the order they were added.
        pub fn tags(&self) -> Box<MemvidStrings> {
            Box::new(MemvidStrings(self.0.tags.clone()))
        }

        /// The id of the frame that replaced this one (by an update), or 0 when none did.
        #[diplomat::attr(auto, getter)]
        pub fn superseded_by(&self) -> u64 {
            self.0.superseded_by.unwrap_or(0)
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

use memvid_core::{Memvid, PutOptions};

use crate::errors::ffi::MemvidError as Error;
use crate::errors::FfiResult;

/// Replaces a frame's text. memvid-core keeps the old `search_text` when an update brings a
/// payload but none, so the old text would stay searchable: the new text is set as both.
pub(crate) fn update_text(mem: &mut Memvid, frame_id: u64, text: &str, mut options: PutOptions) -> FfiResult<u64> {
    if text.is_empty() {
        return Err(Error::invalid_argument("text is empty"));
    }
    options.search_text = Some(text.to_owned());
    let new_id = mem.next_frame_id();
    mem.update_frame(frame_id, Some(text.as_bytes().to_vec()), options, None)?;
    Ok(new_id)
}

/// The uri prefix memvid-core's `ask` recognises corrections by, and the metadata key of their
/// boost.
const CORRECTION_PREFIX: &str = "mv2://correction/";
const CORRECTION_BOOST_KEY: &str = "memvid.correction.boost";

pub(crate) fn correct(mem: &mut Memvid, statement: &str, boost: f32, mut options: PutOptions) -> FfiResult<u64> {
    if !(boost.is_finite() && boost > 0.0) {
        return Err(Error::invalid_argument(format!("boost must be a positive number, got {boost}")));
    }
    if !options.uri.as_deref().is_some_and(|u| u.contains(CORRECTION_PREFIX)) {
        options.uri = Some(format!("{CORRECTION_PREFIX}{}", mem.next_frame_id()));
    }
    options.title.get_or_insert_with(|| "Correction".to_owned());
    options.extra_metadata.insert(CORRECTION_BOOST_KEY.to_owned(), boost.to_string());
    crate::store::put(mem, statement.as_bytes(), options, None)
}

pub(crate) fn put_file(mem: &mut Memvid, path: &str, mut options: PutOptions) -> FfiResult<u64> {
    // (On WASI, path_arg has made the path absolute already; std::path::absolute is unix/windows.)
    let absolute = if std::path::Path::new(path).is_absolute() { std::path::PathBuf::from(path) } else { std::path::absolute(path)? };
    let bytes = std::fs::read(&absolute)?;
    // memvid-core picks the extractor from the payload's magic bytes or the uri's extension,
    // so the default uri keeps the file's name.
    options.uri.get_or_insert_with(|| format!("file://{}", absolute.display()));
    if options.title.is_none() {
        options.title = absolute.file_name().map(|n| n.to_string_lossy().into_owned());
    }
    options.source_path.get_or_insert_with(|| absolute.display().to_string());
    crate::store::put(mem, &bytes, options, None)
}
