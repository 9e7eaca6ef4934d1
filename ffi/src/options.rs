//! Builders for the options of puts, finds and timeline queries.
//!
//! These are opaque builders rather than plain structs because optional strings in by-value
//! structs are mishandled by Diplomat's JS backend; a builder works the same in every language.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};

    /// Options for one document put: metadata and which enrichments memvid-core runs.
    ///
    /// Binding defaults differ from memvid-core's on purpose: auto-tagging, date extraction,
    /// triplet extraction and instant indexing are off, which makes a put about 80 times faster
    /// (memvid-core rebuilds its extraction regexes on every put). Documents are indexed for
    /// search when the store commits. Turn the enrichments back on with the setters, or pass
    /// memvid-core's full `PutOptions` with `from_json`.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidPutOptions_destroy`.
    #[diplomat::opaque_mut]
    pub struct MemvidPutOptions(pub(crate) memvid_core::PutOptions);

    impl MemvidPutOptions {
        /// Options with the binding defaults (no enrichment, indexed at commit).
        #[diplomat::attr(auto, constructor)]
        pub fn new() -> Box<MemvidPutOptions> {
            Box::new(MemvidPutOptions(crate::options::binding_put_defaults()))
        }

        /// memvid-core's `PutOptions` as JSON; absent fields take memvid-core's defaults
        /// (which enable every enrichment). Example:
        /// `{"title":"Q3 notes","uri":"mv2://notes/q3","tags":["work"],"labels":["meeting"],
        /// "timestamp":1700000000,"extra_metadata":{"team":"search"},"extract_triplets":false}`.
        #[diplomat::attr(auto, named_constructor)]
        pub fn from_json(json: &DiplomatStr) -> Result<Box<MemvidPutOptions>, Box<MemvidError>> {
            guard(|| Ok(Box::new(MemvidPutOptions(json::parse(json, "PutOptions")?))))
        }

        /// These options as memvid-core `PutOptions` JSON.
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }

        /// Sets the title.
        pub fn set_title(&mut self, title: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.title = Some(crate::options::utf8(title)?);
            Ok(())
        }

        /// Sets the uri (e.g. `mv2://docs/readme`); memvid-core generates one when absent.
        pub fn set_uri(&mut self, uri: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.uri = Some(crate::options::utf8(uri)?);
            Ok(())
        }

        /// Sets the kind (a free-form type such as `note` or `email`).
        pub fn set_kind(&mut self, kind: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.kind = Some(crate::options::utf8(kind)?);
            Ok(())
        }

        /// Sets the track (a free-form stream name such as `inbox`).
        pub fn set_track(&mut self, track: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.track = Some(crate::options::utf8(track)?);
            Ok(())
        }

        /// Sets the timestamp in seconds since the Unix epoch (default: now).
        pub fn set_timestamp(&mut self, timestamp: i64) {
            self.0.timestamp = Some(timestamp);
        }

        /// Adds a tag.
        pub fn add_tag(&mut self, tag: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.tags.push(crate::options::utf8(tag)?);
            Ok(())
        }

        /// Adds a label.
        pub fn add_label(&mut self, label: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.labels.push(crate::options::utf8(label)?);
            Ok(())
        }

        /// Sets a custom metadata entry, returned with search hits (`extra_metadata`).
        pub fn set_metadata(
            &mut self,
            key: &DiplomatStr,
            value: &DiplomatStr,
        ) -> Result<(), Box<MemvidError>> {
            let key = crate::options::utf8(key)?;
            let value = crate::options::utf8(value)?;
            self.0.extra_metadata.insert(key, value);
            Ok(())
        }

        /// Sets the text that is indexed instead of the payload's own text.
        pub fn set_search_text(&mut self, text: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.search_text = Some(crate::options::utf8(text)?);
            Ok(())
        }

        /// Turns memvid-core's auto-tagging on or off (binding default: off).
        pub fn set_auto_tag(&mut self, on: bool) {
            self.0.auto_tag = on;
        }

        /// Turns date extraction on or off (binding default: off).
        pub fn set_extract_dates(&mut self, on: bool) {
            self.0.extract_dates = on;
        }

        /// Turns triplet (subject-predicate-object) extraction into memory cards on or off
        /// (binding default: off; it is the slowest enrichment).
        pub fn set_extract_triplets(&mut self, on: bool) {
            self.0.extract_triplets = on;
        }

        /// Makes the document searchable right after the put, before commit (binding default: off).
        pub fn set_instant_index(&mut self, on: bool) {
            self.0.instant_index = on;
        }

        /// Sets memvid-core's `dedup` flag: skip the put when a committed frame has the same
        /// content hash (memvid-core decides what counts as the same).
        pub fn set_dedup(&mut self, on: bool) {
            self.0.dedup = on;
        }
    }

    /// How `find` searches.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidFindMode {
        /// Full-text (BM25) search over the lexical index.
        Lex = 0,
        /// Vector search with the caller-supplied query embedding.
        Vec = 1,
        /// Lexical and vector hits fused by reciprocal rank (needs a query embedding).
        Hybrid = 2,
    }

    /// The language of a `find` or `ask` query.
    #[derive(Debug, PartialEq, Eq)]
    pub enum MemvidQuerySyntax {
        /// The default: plain text. Every run of letters and digits is a word, a hit holds
        /// all of them (`and`, `or`, `not` are words too), everything else separates words,
        /// and a span between double quotes is a phrase. No text is an error.
        Plain = 0,
        /// memvid-core's query language: `AND`, `OR`, `NOT`, parentheses, `"phrases"`,
        /// `tag:`/`label:`/`track:`/`uri:`/`scope:` fields, `date:[a TO b]` and `*` wildcards.
        /// A malformed query is `MV120`.
        Operators = 1,
    }

    /// Options for `find`: mode, result count, snippet size, filters and the query embedding.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidFindOptions_destroy`.
    #[diplomat::opaque_mut]
    pub struct MemvidFindOptions {
        pub(crate) mode: MemvidFindMode,
        pub(crate) syntax: MemvidQuerySyntax,
        pub(crate) k: u32,
        pub(crate) snippet_chars: u32,
        pub(crate) scope: Option<String>,
        pub(crate) uri: Option<String>,
        pub(crate) embedding: Option<Vec<f32>>,
        pub(crate) as_of_frame: Option<u64>,
        pub(crate) as_of_ts: Option<i64>,
    }

    impl MemvidFindOptions {
        /// Lexical mode, plain-text query, k = 10, 200-character snippets, no filters.
        #[diplomat::attr(auto, constructor)]
        pub fn new() -> Box<MemvidFindOptions> {
            Box::new(MemvidFindOptions {
                mode: MemvidFindMode::Lex,
                syntax: MemvidQuerySyntax::Plain,
                k: 10,
                snippet_chars: 200,
                scope: None,
                uri: None,
                embedding: None,
                as_of_frame: None,
                as_of_ts: None,
            })
        }

        /// Sets the mode (default `Lex`).
        pub fn set_mode(&mut self, mode: MemvidFindMode) {
            self.mode = mode;
        }

        /// Sets the query language (default `Plain`; `Operators` for memvid's syntax).
        pub fn set_syntax(&mut self, syntax: MemvidQuerySyntax) {
            self.syntax = syntax;
        }

        /// Sets the number of hits wanted, 1 to 10,000 (default 10).
        pub fn set_k(&mut self, k: u32) -> Result<(), Box<MemvidError>> {
            self.k = crate::options::check_k(k)?;
            Ok(())
        }

        /// Sets the snippet size in characters (default 200).
        pub fn set_snippet_chars(&mut self, chars: u32) {
            self.snippet_chars = chars;
        }

        /// Restricts hits to frames whose uri starts with `scope` (e.g. `mv2://notes/`).
        pub fn set_scope(&mut self, scope: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.scope = Some(crate::options::utf8(scope)?);
            Ok(())
        }

        /// Restricts hits to the frame with this exact uri (lexical and hybrid modes).
        pub fn set_uri(&mut self, uri: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.uri = Some(crate::options::utf8(uri)?);
            Ok(())
        }

        /// Sets the query embedding used by `Vec` and `Hybrid` modes. It must have the
        /// dimension of the stored embeddings and only finite values.
        pub fn set_query_embedding(&mut self, embedding: &[f32]) -> Result<(), Box<MemvidError>> {
            self.embedding = Some(crate::options::check_vector(embedding)?);
            Ok(())
        }

        /// Time travel: only frames with id <= `frame_id` (lexical mode).
        pub fn set_as_of_frame(&mut self, frame_id: u64) {
            self.as_of_frame = Some(frame_id);
        }

        /// Time travel: only frames with timestamp <= `ts` seconds (lexical mode).
        pub fn set_as_of_ts(&mut self, ts: i64) {
            self.as_of_ts = Some(ts);
        }
    }

    /// A timeline query: which frames to list, in which order.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidTimelineQuery_destroy`.
    #[diplomat::opaque_mut]
    pub struct MemvidTimelineQuery(pub(crate) crate::options::TimelineRequest);

    impl MemvidTimelineQuery {
        /// All frames, oldest first.
        #[diplomat::attr(auto, constructor)]
        pub fn new() -> Box<MemvidTimelineQuery> {
            Box::new(MemvidTimelineQuery(crate::options::TimelineRequest::default()))
        }

        /// memvid-core's `TimelineQuery` as JSON, plus this binding's time-travel keys, e.g.
        /// `{"limit":20,"since":1700000000,"until":null,"reverse":true,"as_of_frame":12}`.
        #[diplomat::attr(auto, named_constructor)]
        pub fn from_json(json: &DiplomatStr) -> Result<Box<MemvidTimelineQuery>, Box<MemvidError>> {
            guard(|| Ok(Box::new(MemvidTimelineQuery(json::parse(json, "TimelineQuery")?))))
        }

        /// Returns at most `limit` entries (must be at least 1).
        pub fn set_limit(&mut self, limit: u64) -> Result<(), Box<MemvidError>> {
            let limit = std::num::NonZeroU64::new(limit)
                .ok_or_else(|| MemvidError::invalid_argument("timeline limit must be at least 1"))?;
            self.0.query.limit = Some(limit);
            Ok(())
        }

        /// Only frames with timestamp >= `ts` (seconds).
        pub fn set_since(&mut self, ts: i64) {
            self.0.query.since = Some(ts);
        }

        /// Only frames with timestamp <= `ts` (seconds).
        pub fn set_until(&mut self, ts: i64) {
            self.0.query.until = Some(ts);
        }

        /// Newest first when true.
        pub fn set_reverse(&mut self, reverse: bool) {
            self.0.query.reverse = reverse;
        }

        /// Time travel: the timeline as it was when this frame was the newest (frames after it
        /// are left out).
        pub fn set_as_of_frame(&mut self, frame_id: u64) {
            self.0.as_of_frame = Some(frame_id);
        }

        /// Time travel: the timeline as of this Unix time in seconds (later frames are left
        /// out; the same as `set_until` unless both are set, when the earlier wins).
        pub fn set_as_of_ts(&mut self, ts: i64) {
            self.0.as_of_ts = Some(ts);
        }
    }
}

use crate::errors::ffi::MemvidError;
use crate::errors::FfiResult;

/// Largest k accepted by `find` and `vec_search`: far above any useful page, small enough that
/// a mistaken huge k cannot make memvid-core allocate unbounded result buffers.
pub(crate) const MAX_K: u32 = 10_000;

pub(crate) fn binding_put_defaults() -> memvid_core::PutOptions {
    memvid_core::PutOptions {
        auto_tag: false,
        extract_dates: false,
        extract_triplets: false,
        instant_index: false,
        ..memvid_core::PutOptions::default()
    }
}

/// The caller's options, or the binding defaults when none were given.
pub(crate) fn resolve(options: Option<&ffi::MemvidPutOptions>) -> memvid_core::PutOptions {
    options.map_or_else(binding_put_defaults, |o| o.0.clone())
}

pub(crate) fn utf8(bytes: &[u8]) -> FfiResult<String> {
    Ok(std::str::from_utf8(bytes)?.to_owned())
}

pub(crate) fn check_k(k: u32) -> FfiResult<u32> {
    if k == 0 || k > MAX_K {
        return Err(MemvidError::invalid_argument(format!("k must be between 1 and {MAX_K}, got {k}")));
    }
    Ok(k)
}

pub(crate) fn check_vector(v: &[f32]) -> FfiResult<Vec<f32>> {
    if v.is_empty() {
        return Err(MemvidError::invalid_argument("vector is empty"));
    }
    if let Some(i) = v.iter().position(|x| !x.is_finite()) {
        return Err(MemvidError::invalid_argument(format!("vector[{i}] is not a finite number")));
    }
    Ok(v.to_vec())
}

/// A timeline query: memvid-core's, whose `TimelineQuery` has no time travel, plus the same
/// `as_of_frame` / `as_of_ts` filters `find` has. In JSON the keys sit side by side.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct TimelineRequest {
    #[serde(flatten)]
    pub(crate) query: memvid_core::TimelineQuery,
    #[serde(default)]
    pub(crate) as_of_frame: Option<u64>,
    #[serde(default)]
    pub(crate) as_of_ts: Option<i64>,
}

/// Runs a timeline request: `as_of_ts` narrows `until`; `as_of_frame` drops later frames before
/// the limit is applied, so the limit still counts frames that are in the answer.
pub(crate) fn timeline(mem: &mut memvid_core::Memvid, request: TimelineRequest) -> FfiResult<Vec<memvid_core::TimelineEntry>> {
    let mut query = request.query;
    if let Some(ts) = request.as_of_ts {
        query.until = Some(query.until.map_or(ts, |u| u.min(ts)));
    }
    let Some(last) = request.as_of_frame else {
        return Ok(mem.timeline(query)?);
    };
    let limit = query.limit.take();
    let mut entries: Vec<_> = mem.timeline(query)?.into_iter().filter(|e| e.frame_id <= last).collect();
    if let Some(limit) = limit {
        entries.truncate(usize::try_from(limit.get()).unwrap_or(usize::MAX));
    }
    Ok(entries)
}
