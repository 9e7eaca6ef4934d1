//! Search results: the hit list returned by `find` / `vec_search` and one hit.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::DiplomatWrite;
    use std::fmt::Write;

    /// The ranked hits of one search, best first.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidSearchResults_destroy`.
    /// Hits returned by `get` and the iterator are independent copies owned by the caller.
    #[diplomat::opaque]
    pub struct MemvidSearchResults(pub(crate) memvid_core::SearchResponse);

    impl MemvidSearchResults {
        /// Number of hits.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.hits.len()
        }

        /// Whether there are no hits.
        #[diplomat::attr(auto, getter)]
        pub fn is_empty(&self) -> bool {
            self.0.hits.is_empty()
        }

        /// Total matching documents before `k` was applied (lexical mode), else the hit count.
        #[diplomat::attr(auto, getter)]
        pub fn total_hits(&self) -> usize {
            self.0.total_hits
        }

        /// The hit at `index` (0 = best), or none past the end.
        pub fn get(&self, index: usize) -> Option<Box<MemvidSearchHit>> {
            self.0.hits.get(index).cloned().map(|h| Box::new(MemvidSearchHit(h)))
        }

        /// Iterates over the hits, best first.
        #[diplomat::attr(auto, iterable)]
        pub fn iter<'a>(&'a self) -> Box<MemvidSearchHitIter<'a>> {
            Box::new(MemvidSearchHitIter(self.0.hits.iter()))
        }

        /// The whole response as memvid-core `SearchResponse` JSON (hits with snippets, metadata,
        /// engine, elapsed time).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }

        /// The hits alone, as a JSON array of memvid-core `SearchHit`s without `chunk_text` (a
        /// hit's whole chunk, often the whole document: `MemvidStore::frame_text` gives it). About
        /// a third the size of `to_json`, for wrappers that decode every hit of every search.
        pub fn hits_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write_hits(&self.0.hits, out))
        }
    }

    /// Iterator over `MemvidSearchResults`; borrows the results, which must outlive it.
    #[diplomat::opaque_mut]
    pub struct MemvidSearchHitIter<'a>(pub(crate) std::slice::Iter<'a, memvid_core::SearchHit>);

    impl<'a> MemvidSearchHitIter<'a> {
        /// The next hit (owned by the caller), or none at the end.
        #[diplomat::attr(auto, iterator)]
        pub fn next(&mut self) -> Option<Box<MemvidSearchHit>> {
            self.0.next().cloned().map(|h| Box::new(MemvidSearchHit(h)))
        }
    }

    /// One search hit: which frame matched, how well, and a snippet of its text.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidSearchHit_destroy`.
    #[diplomat::opaque]
    pub struct MemvidSearchHit(pub(crate) memvid_core::SearchHit);

    impl MemvidSearchHit {
        /// The id of the matching frame.
        #[diplomat::attr(auto, getter)]
        pub fn frame_id(&self) -> u64 {
            self.0.frame_id
        }

        /// 1-based rank in the result list.
        #[diplomat::attr(auto, getter)]
        pub fn rank(&self) -> usize {
            self.0.rank
        }

        /// Relevance score (higher is better; BM25, cosine similarity or fused rank score by
        /// mode), or 0 when the engine gave none.
        #[diplomat::attr(auto, getter)]
        pub fn score(&self) -> f32 {
            self.0.score.unwrap_or(0.0)
        }

        /// The frame's uri.
        #[diplomat::attr(auto, getter)]
        pub fn uri(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.uri);
        }

        /// The frame's title, or an empty string.
        #[diplomat::attr(auto, getter)]
        pub fn title(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.title.as_deref().unwrap_or(""));
        }

        /// The snippet of matching text.
        #[diplomat::attr(auto, getter)]
        pub fn text(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.text);
        }

        /// This hit as memvid-core `SearchHit` JSON (ranges, chunk, tags, labels, metadata).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }
}
