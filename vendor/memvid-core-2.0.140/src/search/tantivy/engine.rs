use super::query;
use super::schema::{build_schema, initialise_tokenizer};
use super::util::to_search_value;
use crate::search::parser::ParsedQuery;
use crate::types::{Frame, FrameId};
use crate::{MemvidError, Result};
use blake3::{Hasher, hash};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::collector::TopDocs;
use tantivy::index::SegmentId;
use tantivy::indexer::IndexWriter;
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Schema, TantivyDocument};
use tantivy::{DocAddress, DocSet, Index, IndexReader, Searcher, SegmentReader, TERMINATED, Term, doc};
use tempfile::TempDir;

/// Tantivy-backed search index used when the `lex` feature is enabled.
///
/// Field order is load-bearing for `Drop`: Rust drops struct fields in
/// declaration order, so `work_dir` (the temporary directory backing the
/// index) **must remain the last field**. The `index`, `reader`, and
/// `index_writer` all keep file handles and lock files open inside that
/// directory; if the `TempDir` were dropped first, its directory removal
/// would fail on platforms that refuse to delete files with open handles
/// (notably Windows), silently leaking one working directory per discarded
/// engine. See https://github.com/memvid/memvid/issues/215.
pub struct TantivyEngine {
    pub(super) index: Index,
    pub(super) _schema: Schema,
    pub(super) content: Field,
    pub(super) tags: Field,
    pub(super) labels: Field,
    pub(super) track: Field,
    pub(super) timestamp: Field,
    pub(super) uri: Field,
    pub(super) frame_id: Field,
    pub(super) index_writer: Option<IndexWriter>,
    pub(super) reader: IndexReader,
    /// Documents were added or deleted since the last commit: searches do not see them yet.
    pub(super) uncommitted: bool,
    pub(super) tokenizer: Option<String>,
    /// The frame id of each document of a segment, by doc id (`NO_FRAME_ID` where none is
    /// indexed), read once per segment: see `segment_frame_ids`.
    frame_ids: Mutex<HashMap<SegmentId, Arc<Vec<u64>>>>,
    // MUST be the last field — see the type-level comment above.
    pub(super) work_dir: TempDir,
}

impl Drop for TantivyEngine {
    fn drop(&mut self) {
        // Release the exclusive writer (and its `.tantivy-writer.lock`) before
        // the `work_dir` TempDir is removed during normal field drop. Without
        // this the writer lock can still be held when the directory removal
        // runs, leaking the working directory on Windows. See issue #215.
        if let Some(writer) = self.index_writer.take() {
            drop(writer);
        }
    }
}

/// Opens an index writer with `open`, waiting out a writer lock that a starting process holds.
///
/// The lock is a `flock` on a file in the engine's private directory, released when the previous
/// writer's handle closes. A process that another thread is starting at that moment has a copy of
/// the handle until it execs, and the lock is held as long: replacing the writer after a commit
/// failed with `LockBusy` now and then in programs that start processes (the binding's test
/// suites do). Nothing else opens this directory, so the wait is short and bounded.
fn open_writer(open: impl Fn() -> tantivy::Result<IndexWriter>) -> Result<IndexWriter> {
    const ATTEMPTS: u32 = 2_000; // 1 ms apart: two seconds
    let mut attempt = 0;
    loop {
        match open() {
            Err(tantivy::TantivyError::LockFailure(tantivy::directory::error::LockError::LockBusy, _))
                if attempt < ATTEMPTS =>
            {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            other => {
                return other.map_err(|err| MemvidError::Tantivy {
                    reason: err.to_string(),
                });
            }
        }
    }
}

/// Search hit returned from Tantivy queries: the frame and its score. The frame's text comes
/// from the table of contents, which is authoritative for a frame id.
pub struct TantivyDocHit {
    pub frame_id: u64,
    pub score: f32,
}

/// In a segment's frame-id table: no frame id is indexed for that document.
const NO_FRAME_ID: u64 = u64::MAX;

#[derive(Debug, Clone)]
pub struct TantivySnapshot {
    pub doc_count: u64,
    pub checksum: [u8; 32],
    pub segments: Vec<TantivySegmentBlob>,
}

#[derive(Debug, Clone)]
pub struct TantivySegmentBlob {
    pub path: String,
    pub bytes: Vec<u8>,
    pub checksum: [u8; 32],
}

impl TantivyEngine {
    pub fn create() -> Result<Self> {
        let dir = TempDir::new().map_err(|err| MemvidError::Tantivy {
            reason: format!("failed to allocate Tantivy work directory: {err}"),
        })?;
        let schema = build_schema();
        let index = Index::create_in_dir(dir.path(), schema.clone()).map_err(|err| {
            MemvidError::Tantivy {
                reason: err.to_string(),
            }
        })?;
        initialise_tokenizer(&index);
        Self::from_parts(dir, index, schema)
    }

    pub fn open_from_dir(dir: TempDir) -> Result<Self> {
        let index = Index::open_in_dir(dir.path()).map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        initialise_tokenizer(&index);
        let schema = index.schema();
        Self::from_parts(dir, index, schema)
    }

    fn from_parts(dir: TempDir, index: Index, schema: Schema) -> Result<Self> {
        let content = schema
            .get_field("content")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let tags = schema
            .get_field("tags")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let labels = schema
            .get_field("labels")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let track = schema
            .get_field("track")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let timestamp = schema
            .get_field("timestamp")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let uri = schema
            .get_field("uri")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let frame_id = schema
            .get_field("frame_id")
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;

        let writer = open_writer(|| index.writer(50_000_000))?;
        let reader = index.reader().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;

        Ok(Self {
            work_dir: dir,
            index,
            _schema: schema,
            content,
            tags,
            labels,
            track,
            timestamp,
            uri,
            frame_id,
            index_writer: Some(writer),
            reader,
            uncommitted: false,
            tokenizer: Some("memvid_default".to_string()),
            frame_ids: Mutex::new(HashMap::new()),
        })
    }

    fn take_writer(&mut self) -> Result<IndexWriter> {
        self.index_writer.take().ok_or(MemvidError::Tantivy {
            reason: "tantivy index writer unavailable".into(),
        })
    }

    fn writer_mut(&mut self) -> Result<&mut IndexWriter> {
        self.index_writer.as_mut().ok_or(MemvidError::Tantivy {
            reason: "tantivy index writer unavailable".into(),
        })
    }

    fn create_writer(&self) -> Result<IndexWriter> {
        // Use single thread for deterministic index generation
        open_writer(|| self.index.writer_with_num_threads(1, 50_000_000))
    }

    pub fn add_frame(&mut self, frame: &Frame, content: &str) -> Result<()> {
        if content.trim().is_empty() {
            return Ok(());
        }
        let mut document = doc!(
            self.content => content,
            self.timestamp => frame.timestamp,
            self.frame_id => frame.id,
        );
        for tag in &frame.tags {
            document.add_text(self.tags, to_search_value(tag));
        }
        for label in &frame.labels {
            document.add_text(self.labels, to_search_value(label));
        }
        if let Some(track) = &frame.track {
            document.add_text(self.track, to_search_value(track));
        }
        if let Some(uri) = &frame.uri {
            document.add_text(self.uri, to_search_value(uri));
        }
        self.writer_mut()?
            .add_document(document)
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        self.uncommitted = true;
        Ok(())
    }

    pub fn delete_frame(&mut self, frame_id: FrameId) -> Result<()> {
        let term = Term::from_field_u64(self.frame_id, frame_id);
        if let Some(writer) = self.index_writer.as_mut() {
            writer.delete_term(term);
            self.uncommitted = true;
        }
        Ok(())
    }

    pub fn commit(&mut self) -> Result<()> {
        let mut writer = self.take_writer()?;
        writer.commit().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        writer
            .wait_merging_threads()
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        self.index_writer = Some(self.create_writer()?);
        self.reader.reload().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        self.uncommitted = false;
        Ok(())
    }

    /// Commits what was added or deleted since the last commit, if anything was, so that a
    /// search sees it: incremental commits leave their documents to the first search after
    /// them (see `Memvid::commit_with_options`).
    pub fn make_searchable(&mut self) -> Result<()> {
        if self.uncommitted {
            self.soft_commit()?;
        }
        Ok(())
    }

    /// Soft commit that makes documents searchable immediately without waiting for merge.
    /// Used for instant indexing during progressive ingestion (Phase 1).
    /// This is faster than full `commit()` but leaves segments unmerged.
    pub fn soft_commit(&mut self) -> Result<()> {
        let writer = self.writer_mut()?;
        writer.commit().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        // Don't wait for merge threads - let them run in background
        // Reload reader to make new documents searchable immediately
        self.reader.reload().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        self.uncommitted = false;
        Ok(())
    }

    /// Add frame and make it searchable immediately via soft commit.
    /// Returns Ok(true) if the frame was indexed, Ok(false) if skipped (empty content).
    #[allow(dead_code)]
    pub fn add_frame_immediate(&mut self, frame: &Frame, content: &str) -> Result<bool> {
        if content.trim().is_empty() {
            return Ok(false);
        }
        self.add_frame(frame, content)?;
        self.soft_commit()?;
        Ok(true)
    }

    pub fn reset(&mut self) -> Result<()> {
        let mut writer = self.take_writer()?;
        writer
            .delete_all_documents()
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        writer.commit().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        writer
            .wait_merging_threads()
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        self.index_writer = Some(self.create_writer()?);
        self.reader.reload().map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        self.uncommitted = false;
        Ok(())
    }

    pub fn search_documents(
        &self,
        parsed: &ParsedQuery,
        uri_filter: Option<&str>,
        scope_filter: Option<&str>,
        frame_filter: Option<&[u64]>,
        limit: usize,
    ) -> Result<Vec<TantivyDocHit>> {
        if let Some(ids) = frame_filter {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
        }

        let query = query::build_root_query(self, parsed, uri_filter, scope_filter, frame_filter)?;
        let doc_limit = limit.max(1);
        let searcher = self.reader.searcher();
        let top_docs = searcher
            .search(&query, &TopDocs::with_limit(doc_limit))
            .map_err(|err| MemvidError::Tantivy {
                reason: err.to_string(),
            })?;
        let mut results = Vec::with_capacity(top_docs.len());
        for (score, address) in top_docs {
            let segment = searcher.segment_reader(address.segment_ord);
            let frame_id = match self.segment_frame_ids(&searcher, segment)?.get(address.doc_id as usize) {
                Some(&id) if id != NO_FRAME_ID => id,
                _ => self.stored_frame_id(&searcher, address)?,
            };
            results.push(TantivyDocHit { frame_id, score });
        }
        Ok(results)
    }

    /// The frame ids of `segment`'s documents, by doc id, from the `frame_id` field's inverted
    /// index (each frame id is a term whose postings are its document), kept per segment:
    /// segments never change, and a merge makes a new one. A hit's frame id was read from its
    /// stored document, which decompresses and decodes a whole doc-store block (its `content`
    /// included) per hit: a fifth of a lexical find's instructions at 2,000 documents. The table
    /// costs 8 bytes per document; tables of segments the searcher no longer has are dropped.
    fn segment_frame_ids(&self, searcher: &Searcher, segment: &SegmentReader) -> Result<Arc<Vec<u64>>> {
        let tantivy_error = |err: &dyn std::fmt::Display| MemvidError::Tantivy {
            reason: err.to_string(),
        };
        let mut tables = self.frame_ids.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(table) = tables.get(&segment.segment_id()) {
            return Ok(Arc::clone(table));
        }
        let inverted = segment.inverted_index(self.frame_id).map_err(|e| tantivy_error(&e))?;
        let mut table = vec![NO_FRAME_ID; segment.max_doc() as usize];
        let mut terms = inverted.terms().stream().map_err(|e| tantivy_error(&e))?;
        while terms.advance() {
            // A u64 term's value is its 8 big-endian bytes (`Term::from_field_u64`).
            let Ok(bytes) = <[u8; 8]>::try_from(terms.key()) else {
                continue;
            };
            let frame_id = u64::from_be_bytes(bytes);
            let mut postings = inverted
                .read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)
                .map_err(|e| tantivy_error(&e))?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                if let Some(slot) = table.get_mut(doc as usize) {
                    *slot = frame_id;
                }
                doc = postings.advance();
            }
        }
        let live: Vec<SegmentId> = searcher.segment_readers().iter().map(SegmentReader::segment_id).collect();
        tables.retain(|id, _| live.contains(id));
        let table = Arc::new(table);
        tables.insert(segment.segment_id(), Arc::clone(&table));
        Ok(table)
    }

    /// A hit's frame id read from its stored document: for a document whose frame id is not in
    /// the inverted index (an index written without `frame_id` indexed).
    fn stored_frame_id(&self, searcher: &Searcher, address: DocAddress) -> Result<u64> {
        let document: TantivyDocument = searcher.doc(address).map_err(|err| MemvidError::Tantivy {
            reason: err.to_string(),
        })?;
        match document.get_first(self.frame_id).map(OwnedValue::from) {
            Some(OwnedValue::U64(id)) => Ok(id),
            _ => Err(MemvidError::Tantivy {
                reason: "tantivy doc missing frame_id".into(),
            }),
        }
    }

    pub fn snapshot_segments(&self) -> Result<TantivySnapshot> {
        let entries =
            std::fs::read_dir(self.work_dir.path()).map_err(|err| MemvidError::Tantivy {
                reason: format!(
                    "failed to read Tantivy index directory {}: {}",
                    self.work_dir.path().display(),
                    err
                ),
            })?;
        let mut file_names: Vec<String> = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|err| MemvidError::Tantivy {
                reason: format!(
                    "failed to iterate Tantivy index directory {}: {}",
                    self.work_dir.path().display(),
                    err
                ),
            })?;
            let file_type = entry.file_type().map_err(|err| MemvidError::Tantivy {
                reason: format!(
                    "failed to inspect Tantivy index entry {}: {}",
                    entry.path().display(),
                    err
                ),
            })?;
            if file_type.is_file() {
                let name = entry.file_name().to_string_lossy().into_owned();
                // Skip Tantivy lock files - they're held open and cause Windows errors
                if name.starts_with(".tantivy-") {
                    continue;
                }
                file_names.push(name);
            }
        }
        file_names.sort();

        let mut segments = Vec::with_capacity(file_names.len());
        let mut index_hasher = Hasher::new();

        for name in file_names {
            let path = self.work_dir.path().join(&name);
            let bytes = std::fs::read(&path).map_err(|err| MemvidError::Tantivy {
                reason: format!("failed to read Tantivy segment {}: {}", path.display(), err),
            })?;
            let checksum = *hash(&bytes).as_bytes();
            index_hasher.update(&checksum);
            index_hasher.update(name.as_bytes());
            segments.push(TantivySegmentBlob {
                path: name,
                bytes,
                checksum,
            });
        }

        let checksum = *index_hasher.finalize().as_bytes();
        Ok(TantivySnapshot {
            doc_count: self.reader.searcher().num_docs(),
            checksum,
            segments,
        })
    }

    pub(crate) fn analyse_text(&self, text: &str) -> Vec<String> {
        if let Some(name) = &self.tokenizer {
            if let Some(mut analyzer) = self.index.tokenizers().get(name) {
                let mut stream = analyzer.token_stream(text);
                let mut tokens = Vec::new();
                while stream.advance() {
                    tokens.push(stream.token().text.to_string());
                }
                return tokens;
            }
        }
        if text.trim().is_empty() {
            Vec::new()
        } else {
            vec![text.to_ascii_lowercase()]
        }
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{CanonicalEncoding, EnrichmentState, FrameRole, FrameStatus};

    fn frame(id: u64) -> Frame {
        Frame {
            id,
            timestamp: 1_700_000_000,
            anchor_ts: None,
            anchor_source: None,
            kind: Some("text".into()),
            track: None,
            payload_offset: 0,
            payload_length: 0,
            checksum: [0; 32],
            uri: None,
            title: None,
            canonical_encoding: CanonicalEncoding::Plain,
            canonical_length: None,
            metadata: None,
            search_text: None,
            tags: Vec::new(),
            labels: Vec::new(),
            extra_metadata: std::collections::BTreeMap::new(),
            content_dates: Vec::new(),
            role: FrameRole::Document,
            parent_id: None,
            chunk_index: None,
            chunk_count: None,
            chunk_manifest: None,
            status: FrameStatus::Active,
            supersedes: None,
            superseded_by: None,
            source_sha256: None,
            source_path: None,
            enrichment_state: EnrichmentState::default(),
        }
    }

    /// The per-segment frame-id tables say what the stored documents say, over several
    /// segments, deletes and a frame id indexed again; a search answers with the live ids.
    #[test]
    fn segment_frame_id_tables_match_the_stored_documents() {
        let mut engine = TantivyEngine::create().unwrap();
        let deleted: Vec<u64> = (0..50).step_by(7).collect();
        for round in 0..4u64 {
            // Frame ids out of insertion order, so that doc ids and frame ids differ.
            for id in (round * 25..(round + 1) * 25).rev() {
                engine.add_frame(&frame(id), &format!("common word{id}")).unwrap();
            }
            if round == 2 {
                for &id in &deleted {
                    engine.delete_frame(id).unwrap();
                }
                engine.add_frame(&frame(7), "common again").unwrap();
            }
            engine.soft_commit().unwrap();
        }
        let searcher = engine.reader.searcher();
        assert!(searcher.segment_readers().len() > 1, "one segment: the test shows nothing");
        let mut checked = 0;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let table = engine.segment_frame_ids(&searcher, segment).unwrap();
            assert_eq!(table.len(), segment.max_doc() as usize);
            for doc in 0..segment.max_doc() {
                let stored = engine.stored_frame_id(&searcher, DocAddress::new(ord as u32, doc)).unwrap();
                assert_eq!(table[doc as usize], stored, "segment {ord} doc {doc}");
                checked += 1;
            }
        }
        assert_eq!(checked, 101);
        let parsed = crate::search::parse_query("common").unwrap();
        let mut found: Vec<u64> =
            engine.search_documents(&parsed, None, None, None, 200).unwrap().iter().map(|h| h.frame_id).collect();
        found.sort_unstable();
        let mut expected: Vec<u64> = (0..100).filter(|id| !deleted.contains(id)).chain([7]).collect();
        expected.sort_unstable();
        assert_eq!(found, expected);
    }
}
