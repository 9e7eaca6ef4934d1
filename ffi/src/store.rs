//! The memory file handle: lifecycle, writes, search, frames and the JSON API.
//!
//! Every method goes through `Handle` (see handle.rs): calls are serialized, panics become
//! `MV207`, closed and read-only handles are refused with their own codes.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::ask::ffi::{MemvidAnswer, MemvidAskOptions};
    use crate::batch::ffi::MemvidPutBatch;
    use crate::errors::ffi::MemvidError;
    use crate::frames::ffi::{MemvidBytes, MemvidFrame, MemvidFrameIds, MemvidTimeline};
    use crate::handle::{guard, Handle};
    use crate::json;
    use crate::lists::ffi::MemvidStrings;
    use crate::memories::ffi::{
        MemvidEnrichment, MemvidFactFormat, MemvidMemoryCards, MemvidMemoryKind, MemvidMemoryStats,
    };
    use crate::sessions::ffi::MemvidSession;
    use crate::tables::ffi::MemvidTable;
    use crate::tickets::ffi::MemvidTicket;
    use crate::options::ffi::{MemvidFindOptions, MemvidPutOptions, MemvidTimelineQuery};
    use crate::results::ffi::MemvidSearchResults;
    use crate::stats::ffi::{MemvidState, MemvidStats};
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};
    use std::fmt::Write;

    /// An open memory file (`.mv2`).
    ///
    /// Writes (`put_*`, `put_many`, `delete_frame`) go to the file's write-ahead log and become
    /// visible to search and frame reads at `commit`; `close` (and destroy) commit what is
    /// pending. One handle may be used from several threads: calls are serialized.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidStore_destroy`, which closes the
    /// file first if `close` was not called.
    #[diplomat::opaque]
    pub struct MemvidStore {
        pub(crate) handle: Handle,
        pub(crate) path: String,
        /// Why the stored replay sessions could not be read, if they could not: then sessions
        /// cannot be started or deleted here, since saving would replace the stored ones.
        pub(crate) sessions_unreadable: Option<String>,
    }

    impl MemvidStore {
        /// Creates a new memory file at `path` and opens it for writing. Fails with `MV209` if a
        /// file already exists there, and `MV013` if the directory does not exist.
        #[diplomat::attr(auto, named_constructor)]
        pub fn create(path: &DiplomatStr) -> Result<Box<MemvidStore>, Box<MemvidError>> {
            guard(|| crate::store::create(path))
        }

        /// Opens an existing memory file for reading and writing, taking its writer lock
        /// (`MV007` if another handle or process holds it).
        #[diplomat::attr(auto, named_constructor)]
        pub fn open(path: &DiplomatStr) -> Result<Box<MemvidStore>, Box<MemvidError>> {
            guard(|| crate::store::open(path, false))
        }

        /// Opens an existing memory file for reading only, with a shared lock. The file's bytes
        /// are never modified through this handle; writes fail with `MV204`.
        #[diplomat::attr(auto, named_constructor)]
        pub fn open_read_only(path: &DiplomatStr) -> Result<Box<MemvidStore>, Box<MemvidError>> {
            guard(|| crate::store::open(path, true))
        }

        /// Commits pending writes, checkpoints (so that every reader of the file, the official
        /// memvid tools included, sees everything committed) and releases the file. Later calls
        /// fail with `MV203`; closing again is a no-op. The handle must still be destroyed.
        pub fn close(&self) -> Result<(), Box<MemvidError>> {
            self.handle.close()
        }

        /// Whether `close` was called (or the handle was poisoned).
        #[diplomat::attr(auto, getter)]
        pub fn is_closed(&self) -> bool {
            self.handle.is_closed()
        }

        /// Whether the handle was opened with `open_read_only`.
        #[diplomat::attr(auto, getter)]
        pub fn is_read_only(&self) -> bool {
            self.handle.is_read_only()
        }

        /// Whether an internal error poisoned the handle (only `close` is accepted then).
        #[diplomat::attr(auto, getter)]
        pub fn is_poisoned(&self) -> bool {
            self.handle.is_poisoned()
        }

        /// The path the handle was opened with.
        #[diplomat::attr(auto, getter)]
        pub fn path(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.path);
        }

        /// Puts a UTF-8 text document; returns its frame id. `options` may be null for the
        /// binding defaults (see `MemvidPutOptions`).
        pub fn put_text(
            &self,
            text: &DiplomatStr,
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            std::str::from_utf8(text)?;
            self.put_bytes(text, options)
        }

        /// Puts a document of raw bytes (memvid-core extracts text where it can, e.g. PDF);
        /// returns its frame id.
        pub fn put_bytes(
            &self,
            bytes: &[u8],
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            let options = crate::options::resolve(options);
            self.handle
                .with_writable(|mem| crate::store::put(mem, bytes, options, None))
        }

        /// Puts a UTF-8 text document with its embedding; returns its frame id. All
        /// embeddings in one memory share one dimension (`MV014` otherwise).
        pub fn put_text_with_embedding(
            &self,
            text: &DiplomatStr,
            embedding: &[f32],
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            std::str::from_utf8(text)?;
            let embedding = crate::options::check_vector(embedding)?;
            let options = crate::options::resolve(options);
            self.handle
                .with_writable(|mem| crate::store::put(mem, text, options, Some(embedding)))
        }

        /// Puts every document of `batch` in one memvid-core batch (one WAL flush); returns
        /// their frame ids in order. Like single puts, they are searchable after `commit`.
        pub fn put_many(
            &self,
            batch: &MemvidPutBatch,
        ) -> Result<Box<MemvidFrameIds>, Box<MemvidError>> {
            self.handle.with_writable(|mem| {
                Ok(Box::new(MemvidFrameIds(crate::store::put_many(mem, &batch.0)?)))
            })
        }

        /// Makes pending writes durable and searchable, at the cost of what was written, not of
        /// the file: their records stay in the file's write-ahead log, where a crash replays
        /// them, and their payloads are appended. A checkpoint writes the indexes and table of
        /// contents anew when the commits' records fill half the log (sized to a quarter of the
        /// data), and at `close`; until then the official memvid tools, which do not read the
        /// log, see the memory as of the last checkpoint, while this library's readers see every
        /// commit. When dead bytes (`MemvidStats::dead_bytes`) pass a quarter of the file and
        /// 1 MiB, the commit also compacts the file (an atomic rewrite that keeps every frame that
        /// is not deleted, superseded versions included): a file that is written to all day stays
        /// proportional to its data.
        pub fn commit(&self) -> Result<(), Box<MemvidError>> {
            self.handle.with_writable(crate::store::commit)
        }

        /// Deletes a frame (it stops appearing in search and the timeline at `commit`).
        pub fn delete_frame(&self, frame_id: u64) -> Result<(), Box<MemvidError>> {
            self.handle.with_writable(|mem| {
                mem.delete_frame(frame_id)?;
                Ok(())
            })
        }

        /// Searches for `query`. `options` may be null: lexical mode, k = 10. `Vec` and
        /// `Hybrid` modes need `MemvidFindOptions::set_query_embedding`.
        pub fn find(
            &self,
            query: &DiplomatStr,
            options: Option<&MemvidFindOptions>,
        ) -> Result<Box<MemvidSearchResults>, Box<MemvidError>> {
            let query = std::str::from_utf8(query)?;
            let defaults;
            let options = match options {
                Some(o) => o,
                None => {
                    defaults = MemvidFindOptions::new();
                    &*defaults
                }
            };
            self.handle.with(|mem| {
                Ok(Box::new(MemvidSearchResults(crate::search::find(mem, query, options)?)))
            })
        }

        /// Nearest neighbours of `embedding` among the stored embeddings, `k` from 1 to 10,000.
        /// Exact for memories under 4,096 vectors and for k above a sixteenth of them; above,
        /// after 256 searches on this handle, an in-memory index (IVF) answers instead, with
        /// the probe count chosen so that the handle's recent exact answers are found at
        /// 97 % or better, and data it cannot serve left exact (docs/search.md).
        pub fn vec_search(
            &self,
            embedding: &[f32],
            k: u32,
        ) -> Result<Box<MemvidSearchResults>, Box<MemvidError>> {
            let embedding = crate::options::check_vector(embedding)?;
            let k = crate::options::check_k(k)?;
            self.handle.with(|mem| {
                Ok(Box::new(MemvidSearchResults(crate::search::vec_search(mem, "", &embedding, k as usize, 200, None)?)))
            })
        }

        /// Storage statistics of the committed file.
        pub fn stats(&self) -> Result<MemvidStats, Box<MemvidError>> {
            self.handle.with(|mem| Ok(mem.stats()?.into()))
        }

        /// What the handle holds now, including uncommitted puts.
        pub fn state(&self) -> Result<MemvidState, Box<MemvidError>> {
            let read_only = self.handle.is_read_only();
            self.handle.with(|mem| Ok(crate::store::state(mem, read_only)))
        }

        /// The frame with this id (committed frames only).
        pub fn frame(&self, frame_id: u64) -> Result<Box<MemvidFrame>, Box<MemvidError>> {
            self.handle
                .with(|mem| Ok(Box::new(MemvidFrame(mem.frame_by_id(frame_id)?))))
        }

        /// The live frame with this uri.
        pub fn frame_by_uri(&self, uri: &DiplomatStr) -> Result<Box<MemvidFrame>, Box<MemvidError>> {
            let uri = std::str::from_utf8(uri)?;
            self.handle
                .with(|mem| Ok(Box::new(MemvidFrame(mem.frame_by_uri(uri)?))))
        }

        /// The full text of the frame with this id.
        pub fn frame_text(
            &self,
            frame_id: u64,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let text = self.handle.with(|mem| crate::store::frame_text(mem, frame_id))?;
            let _ = out.write_str(&text);
            Ok(())
        }

        /// The full text of the live frame with this uri.
        pub fn frame_text_by_uri(
            &self,
            uri: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let uri = std::str::from_utf8(uri)?;
            let text = self.handle.with(|mem| {
                let id = mem.frame_by_uri(uri)?.id;
                crate::store::frame_text(mem, id)
            })?;
            let _ = out.write_str(&text);
            Ok(())
        }

        /// Frames in time order. `query` may be null: every frame, oldest first.
        pub fn timeline(
            &self,
            query: Option<&MemvidTimelineQuery>,
        ) -> Result<Box<MemvidTimeline>, Box<MemvidError>> {
            let query = query.map(|q| q.0.clone()).unwrap_or_default();
            self.handle
                .with(|mem| Ok(Box::new(MemvidTimeline(crate::options::timeline(mem, query)?))))
        }

        /// JSON API: runs a memvid-core `SearchRequest` and writes its `SearchResponse`.
        /// Request example: `{"query":"rust wasm","top_k":5,"snippet_chars":200,
        /// "scope":"mv2://notes/","as_of_frame":null,"no_sketch":false}`
        /// (`uri`, `scope`, `cursor`, `as_of_frame`, `as_of_ts`, `no_sketch`, `acl_context` and
        /// `acl_enforcement_mode` may be omitted; an omitted `no_sketch` is true here, since
        /// memvid-core's sketch pre-filter drops matching documents).
        pub fn search_json(
            &self,
            request: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let request = json::parse_search_request(request)?;
            let response = self.handle.with(|mem| crate::search::lexical(mem, request))?;
            json::write(&response, out)
        }

        /// JSON API: runs a memvid-core `TimelineQuery`
        /// (`{"limit":20,"since":null,"until":null,"reverse":true}`, plus optional `as_of_frame`
        /// and `as_of_ts`) and writes the entries as a JSON array of `TimelineEntry`.
        pub fn timeline_json(
            &self,
            query: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let query: crate::options::TimelineRequest = json::parse(query, "TimelineQuery")?;
            let entries = self.handle.with(|mem| crate::options::timeline(mem, query))?;
            json::write(&entries, out)
        }

        /// JSON API: memvid-core's complete `Stats` (tier, index sizes, compression ratios, ...).
        pub fn stats_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            let stats = self.handle.with(|mem| Ok(mem.stats()?))?;
            json::write(&stats, out)
        }

        /// JSON API for everything else: `op` names the call, `request` is a JSON object, and
        /// the result is written as JSON. The README's feature table lists every op with its
        /// request and result; e.g. `ask` takes memvid-core's `AskRequest` and writes its
        /// `AskResponse`. An unknown op or field is `MV206`.
        pub fn call_json(
            &self,
            op: &DiplomatStr,
            request: &DiplomatStr,
            out: &mut DiplomatWrite,
        ) -> Result<(), Box<MemvidError>> {
            let value = crate::calls::store(self, op, request)?;
            json::write(&value, out)
        }

        /// Replaces the text of frame `frame_id` (a committed, live frame); returns the id of
        /// the new version. The old version stays in the file, superseded: search and the
        /// timeline show the new one after `commit`. Fields `options` leaves unset (title, uri,
        /// tags, metadata, ...) are kept from the old version; null keeps them all.
        pub fn update_text(
            &self,
            frame_id: u64,
            text: &DiplomatStr,
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            let text = crate::options::utf8(text)?;
            let options = crate::options::resolve(options);
            self.handle.with_writable(|mem| crate::frames::update_text(mem, frame_id, &text, options))
        }

        /// Puts a correction: a statement that `ask` ranks above what it corrects whenever
        /// both match (memvid-core's corrections, uri `mv2://correction/...`). `boost` weighs
        /// corrections against each other (memvid's default is 2). Returns its frame id.
        pub fn correct(
            &self,
            statement: &DiplomatStr,
            boost: f32,
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            let statement = crate::options::utf8(statement)?;
            let options = crate::options::resolve(options);
            self.handle.with_writable(|mem| crate::frames::correct(mem, &statement, boost, options))
        }

        /// Puts the file at `path` (text, PDF, DOCX, XLSX, PPTX: memvid-core extracts the
        /// text); returns its frame id. Unless `options` sets them, the uri is `file://` plus
        /// the absolute path and the title is the file name.
        pub fn put_file(
            &self,
            path: &DiplomatStr,
            options: Option<&MemvidPutOptions>,
        ) -> Result<u64, Box<MemvidError>> {
            let path = crate::store::path_arg(path)?;
            let options = crate::options::resolve(options);
            self.handle.with_writable(|mem| crate::frames::put_file(mem, &path, options))
        }

        /// The stored payload of frame `frame_id`: the original bytes (committed frames).
        pub fn frame_payload(&self, frame_id: u64) -> Result<Box<MemvidBytes>, Box<MemvidError>> {
            self.handle.with(|mem| Ok(Box::new(MemvidBytes(mem.frame_canonical_payload(frame_id)?))))
        }

        /// The stored payload of the live frame with this uri.
        pub fn frame_payload_by_uri(&self, uri: &DiplomatStr) -> Result<Box<MemvidBytes>, Box<MemvidError>> {
            let uri = std::str::from_utf8(uri)?;
            self.handle.with(|mem| {
                let id = mem.frame_by_uri(uri)?.id;
                Ok(Box::new(MemvidBytes(mem.frame_canonical_payload(id)?)))
            })
        }

        /// Starts recording a replay session (`name` may be empty) and writes its id. Puts and
        /// finds are recorded until `end_session`. One session records at a time.
        pub fn start_session(&self, name: &DiplomatStr, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            let name = crate::options::utf8(name)?;
            let id = crate::sessions::start(self, &name)?;
            let _ = out.write_str(&id);
            Ok(())
        }

        /// Ends the recording session and returns it; it is stored in the file at the next
        /// commit.
        pub fn end_session(&self) -> Result<Box<MemvidSession>, Box<MemvidError>> {
            self.handle.with_writable(|mem| Ok(Box::new(MemvidSession(crate::sessions::end(mem)?))))
        }

        /// Records a checkpoint (a snapshot of the committed frames) in the recording session;
        /// returns its number (0, 1, ...).
        pub fn checkpoint(&self) -> Result<u64, Box<MemvidError>> {
            self.handle.with_writable(crate::sessions::checkpoint)
        }

        /// The ids of the ended sessions, oldest first.
        pub fn session_ids(&self) -> Result<Box<MemvidStrings>, Box<MemvidError>> {
            self.handle.with(|mem| Ok(Box::new(MemvidStrings(crate::sessions::ids(mem)))))
        }

        /// The ended session with this id (`MV202` if there is none).
        pub fn session(&self, id: &DiplomatStr) -> Result<Box<MemvidSession>, Box<MemvidError>> {
            let id = std::str::from_utf8(id)?;
            self.handle.with(|mem| Ok(Box::new(MemvidSession(crate::sessions::get(mem, id)?))))
        }

        /// Deletes the ended session with this id (from the file at the next commit).
        pub fn delete_session(&self, id: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            let id = std::str::from_utf8(id)?;
            crate::sessions::delete(self, id)
        }

        /// Runs memvid-core's built-in rules engine over the committed frames it has not seen:
        /// sentences like "I work at Acme" become memory cards (`user` / `employer` = `Acme`).
        /// No model is involved. Cards are stored at the next commit.
        pub fn enrich(&self) -> Result<MemvidEnrichment, Box<MemvidError>> {
            self.handle.with_writable(crate::memories::enrich)
        }

        /// Memory cards about `entity` in `slot`; an empty entity or slot means all.
        pub fn memories(&self, entity: &DiplomatStr, slot: &DiplomatStr) -> Result<Box<MemvidMemoryCards>, Box<MemvidError>> {
            let (entity, slot) = (std::str::from_utf8(entity)?, std::str::from_utf8(slot)?);
            self.handle.with(|mem| Ok(Box::new(MemvidMemoryCards(crate::memories::list(mem, entity, slot)))))
        }

        /// What is known about `entity` now: the current card of each of its slots (the newest,
        /// with retractions applied).
        pub fn entity_state(&self, entity: &DiplomatStr) -> Result<Box<MemvidMemoryCards>, Box<MemvidError>> {
            let entity = std::str::from_utf8(entity)?;
            self.handle.with(|mem| Ok(Box::new(MemvidMemoryCards(crate::memories::entity_state(mem, entity)?))))
        }

        /// Adds a memory card (`entity` / `slot` = `value`, from frame `source_frame_id`);
        /// returns its id. `add_memory_cards` in `call_json` adds several with more fields.
        pub fn add_memory_card(
            &self,
            kind: MemvidMemoryKind,
            entity: &DiplomatStr,
            slot: &DiplomatStr,
            value: &DiplomatStr,
            source_frame_id: u64,
        ) -> Result<u64, Box<MemvidError>> {
            let card = crate::memories::card(
                kind,
                std::str::from_utf8(entity)?,
                std::str::from_utf8(slot)?,
                std::str::from_utf8(value)?,
                source_frame_id,
            )?;
            self.handle.with_writable(|mem| Ok(crate::memories::add(mem, vec![card])?[0]))
        }

        /// Counts of the memory cards.
        pub fn memory_stats(&self) -> Result<MemvidMemoryStats, Box<MemvidError>> {
            self.handle.with(|mem| Ok(crate::memories::stats(mem)))
        }

        /// The entities memory cards are about, sorted.
        pub fn memory_entities(&self) -> Result<Box<MemvidStrings>, Box<MemvidError>> {
            self.handle.with(|mem| Ok(Box::new(MemvidStrings(crate::memories::entities(mem)))))
        }

        /// Writes every memory card in `format` (JSON, N-Triples or CSV).
        pub fn export_facts(&self, format: MemvidFactFormat, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            let text = self.handle.with(|mem| crate::memories::export(mem, format))?;
            let _ = out.write_str(&text);
            Ok(())
        }

        /// Finds the tables in the PDF at `path` and stores each (searchable; readable with
        /// `table` after commit); returns their ids, empty when none was found.
        pub fn import_tables(&self, path: &DiplomatStr) -> Result<Box<MemvidStrings>, Box<MemvidError>> {
            let path = crate::store::path_arg(path)?;
            self.handle.with_writable(|mem| Ok(Box::new(MemvidStrings(crate::tables::import_file(mem, &path)?))))
        }

        /// The ids of the stored tables (committed and live).
        pub fn table_ids(&self) -> Result<Box<MemvidStrings>, Box<MemvidError>> {
            self.handle.with(|mem| Ok(Box::new(MemvidStrings(crate::tables::ids(mem)?))))
        }

        /// The stored table with this id (`MV010` if there is none).
        pub fn table(&self, id: &DiplomatStr) -> Result<Box<MemvidTable>, Box<MemvidError>> {
            let id = std::str::from_utf8(id)?;
            self.handle.with(|mem| Ok(Box::new(MemvidTable(crate::tables::get(mem, id)?))))
        }

        /// Answers `question` from the memory without a language model: retrieval plus an
        /// extractive answer, or with `set_context_only` just the context and its sources.
        /// `options` may be null for the defaults.
        pub fn ask(&self, question: &DiplomatStr, options: Option<&MemvidAskOptions>) -> Result<Box<MemvidAnswer>, Box<MemvidError>> {
            let question = std::str::from_utf8(question)?;
            let options = options.map(|o| o.0.clone()).unwrap_or_default();
            self.handle.with(|mem| Ok(Box::new(MemvidAnswer(crate::ask::ask_with(mem, question, &options)?))))
        }

        /// The memory's ticket (the free tier's unless one was applied).
        pub fn ticket(&self) -> Result<MemvidTicket, Box<MemvidError>> {
            self.handle.with(|mem| Ok(crate::tickets::current(mem)))
        }

        /// The issuer of the memory's ticket (`free-tier` without one).
        pub fn ticket_issuer(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            let issuer = self.handle.with(|mem| Ok(mem.current_ticket().issuer))?;
            let _ = out.write_str(&issuer);
            Ok(())
        }

        /// The capacity in bytes: the ticket's, else the tier's (50 MiB free). A put that would
        /// take the stored payload past it fails with `MV001`.
        pub fn capacity(&self) -> Result<u64, Box<MemvidError>> {
            self.handle.with(|mem| Ok(mem.get_capacity()))
        }

        /// Applies an unsigned ticket: `capacity_bytes` (0 for the tier default) from `issuer`,
        /// whose `seq_no` must exceed the current ticket's (`MV003` otherwise). memvid-core
        /// trusts it (signed tickets: `apply_signed_ticket` in `call_json`). Pending writes are
        /// committed first.
        pub fn apply_ticket(
            &self,
            issuer: &DiplomatStr,
            seq_no: i64,
            capacity_bytes: u64,
            expires_in_secs: u64,
        ) -> Result<(), Box<MemvidError>> {
            let issuer = std::str::from_utf8(issuer)?;
            self.handle
                .with_writable(|mem| crate::tickets::apply(mem, issuer, seq_no, capacity_bytes, expires_in_secs))
        }
    }
}

use std::path::Path;

use memvid_core::{CommitMode, CommitOptions, Memvid, PutManyOpts, PutOptions};

use crate::batch::BatchDoc;
use crate::errors::ffi::{MemvidError, MemvidErrorCode};
use crate::errors::FfiResult;
use crate::handle::Handle;
use crate::writer_lock::WriterLock;
use ffi::MemvidStore;

impl Drop for MemvidStore {
    /// Destroying an open store closes it, so pending writes are committed and no panic
    /// can escape through the generated destructor.
    fn drop(&mut self) {
        let _ = self.handle.close();
    }
}

pub(crate) fn path_arg(path: &[u8]) -> FfiResult<String> {
    #[cfg(target_os = "wasi")]
    crate::wasi::prepare();
    let path = std::str::from_utf8(path)?;
    if path.is_empty() {
        return Err(MemvidError::invalid_argument("path is empty"));
    }
    #[cfg(target_os = "wasi")]
    return Ok(crate::wasi::absolute(path.to_owned()));
    #[cfg(not(target_os = "wasi"))]
    Ok(path.to_owned())
}

/// A path argument naming an existing memory file (`MV013` if missing, `MV012`/`MV016` if it is
/// not an unencrypted memory).
pub(crate) fn existing_memory(path: &[u8]) -> FfiResult<String> {
    let path = path_arg(path)?;
    if !Path::new(&path).exists() {
        return Err(MemvidError::new(MemvidErrorCode::FileNotFound, format!("no memory file at {path}")));
    }
    check_header_magic(Path::new(&path))?;
    Ok(path)
}

fn create(path: &[u8]) -> FfiResult<Box<MemvidStore>> {
    let path = path_arg(path)?;
    // memvid-core truncates an existing file before it takes the lock, which would destroy a
    // memory another process is writing. Claiming the path atomically first prevents that.
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(MemvidError::new(
                MemvidErrorCode::AlreadyExists,
                format!("a file already exists at {path}; open it, or remove it first"),
            ))
        }
        Err(e) => return Err(e.into()),
    }
    let created = WriterLock::take(Path::new(&path)).and_then(|lock| Ok((writer(Memvid::create(&path)?)?, lock)));
    match created {
        Ok((mem, lock)) => Ok(Box::new(MemvidStore {
            handle: Handle::new(mem, Some(lock)),
            path,
            sessions_unreadable: None,
        })),
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            Err(e)
        }
    }
}

fn open(path: &[u8], read_only: bool) -> FfiResult<Box<MemvidStore>> {
    // memvid-core opens with write access and creates nothing, but report a missing file
    // plainly instead of whatever its first failing read says.
    let path = existing_memory(path)?;
    let (mut mem, lock) = if read_only {
        (crate::recovery::open_read_only(Path::new(&path))?, None)
    } else {
        let lock = WriterLock::take(Path::new(&path))?;
        crate::recovery::recover_pending_writes(Path::new(&path))?;
        // memvid-core's writable open repairs in place what it finds wrong (a damaged table of
        // contents sends it on a long scan for another one, then rewrites the header), so a
        // damaged file was slow to refuse and changed even when refused. A file must open
        // read-only, which writes nothing and refuses damage fast, before it is opened to write.
        drop(Memvid::open_read_only(&path)?);
        (writer(Memvid::open(&path)?)?, Some(lock))
    };
    // A damaged session record must not make the memory itself unopenable.
    let sessions_unreadable = crate::sessions::load(&mut mem).err().map(|e| e.message.clone());
    Ok(Box::new(MemvidStore { handle: Handle::new(mem, lock), path, sessions_unreadable }))
}

/// A memory opened for writing, holding memvid-core's file lock shared: the binding's
/// `WriterLock` keeps other writers out, and readers can open the file meanwhile (memvid-core's
/// exclusive lock made them wait 10 s and fail until the writer's first checkpoint).
fn writer(mut mem: Memvid) -> FfiResult<Memvid> {
    mem.share_file_lock()?;
    Ok(mem)
}

/// Refuses files that do not start like a memory file. memvid-core's header reader clears a
/// "legacy lock" region of the first 4 KB *before* it checks the magic, even on read-only opens,
/// so handing it any other file overwrites some of that file's bytes.
pub(crate) fn check_header_magic(path: &Path) -> FfiResult<()> {
    use std::io::Read;
    let mut magic = [0u8; 4];
    let mut file = std::fs::File::open(path)?;
    let read = file.read(&mut magic)?;
    match &magic[..read] {
        b"MV2\0" => Ok(()),
        b"MV2E" => Err(MemvidError::new(
            MemvidErrorCode::Encryption,
            format!("{} is an encrypted memory (.mv2e); unlock it first", path.display()),
        )),
        _ => Err(MemvidError::new(
            MemvidErrorCode::CorruptFile,
            format!("{} is not a memvid memory file (it does not start with the MV2 header)", path.display()),
        )),
    }
}

/// Puts one document and returns its frame id. memvid-core returns a WAL sequence number, not
/// the frame id; the id is the next dense index, unless dedup returned an existing frame.
pub(crate) fn put(
    mem: &mut Memvid,
    payload: &[u8],
    options: PutOptions,
    embedding: Option<Vec<f32>>,
) -> FfiResult<u64> {
    if payload.is_empty() {
        return Err(MemvidError::invalid_argument("document is empty"));
    }
    crate::fault::check(payload);
    let predicted = mem.next_frame_id();
    let returned = match embedding {
        Some(e) => mem.put_with_embedding_and_options(payload, e, options)?,
        None => mem.put_bytes_with_options(payload, options)?,
    };
    Ok(if mem.next_frame_id() > predicted { predicted } else { returned })
}

/// Dead bytes above this fraction of the file (and `COMPACT_MIN_DEAD_BYTES`) make a commit
/// compact the file. A compaction rewrites the file, so amortized over the commits that made the
/// dead bytes it costs at most a few times the bytes they freed.
const COMPACT_DEAD_FRACTION: f64 = 0.25;
/// Below this, dead bytes are left alone however large a fraction they are.
const COMPACT_MIN_DEAD_BYTES: u64 = 1 << 20;

/// Commits incrementally (memvid-core's `CommitMode::Incremental`: the cost of what was put, not
/// of the file; vendor/README.md), then compacts when the dead bytes pass
/// `COMPACT_DEAD_FRACTION` of the file.
pub(crate) fn commit(mem: &mut Memvid) -> FfiResult<()> {
    let committed = mem.commit_with_options(CommitOptions::new(CommitMode::Incremental));
    compact_after(mem, committed)
}

/// Commits fully: indexes and table of contents written anew, so that every reader, the official
/// tools included, sees everything committed (on close).
pub(crate) fn checkpoint(mem: &mut Memvid) -> FfiResult<()> {
    let committed = mem.commit();
    compact_after(mem, committed)
}

fn compact_after(mem: &mut Memvid, committed: memvid_core::Result<()>) -> FfiResult<()> {
    if let Err(e) = committed {
        if mem.commit_failed_part_way() {
            // The in-memory state is half-updated: poison the handle (the file keeps its last
            // commit, and the next open recovers from it).
            return Err(MemvidError::new(MemvidErrorCode::Internal, e.to_string()));
        }
        return Err(e.into());
    }
    let stats = mem.stats()?;
    if stats.dead_bytes > COMPACT_MIN_DEAD_BYTES && stats.dead_bytes as f64 > COMPACT_DEAD_FRACTION * stats.size_bytes as f64 {
        mem.compact()?;
    }
    Ok(())
}

fn put_many(mem: &mut Memvid, docs: &[BatchDoc]) -> FfiResult<Vec<u64>> {
    if let Some(i) = docs.iter().position(|d| d.payload.is_empty()) {
        return Err(MemvidError::invalid_argument(format!("document {i} of the batch is empty")));
    }
    check_batch_dimensions(mem, docs)?;
    // Pre-size the WAL for the whole batch: growing it mid-batch moves all payload data each time.
    let estimate: u64 = docs
        .iter()
        .map(|d| d.payload.len() as u64 + 4 * d.embedding.as_ref().map_or(0, Vec::len) as u64 + 1024)
        .sum();
    mem.begin_batch(PutManyOpts {
        wal_pre_size_bytes: estimate,
        ..PutManyOpts::default()
    })?;
    let mut ids = Vec::with_capacity(docs.len());
    let mut result = Ok(());
    for doc in docs {
        match put(mem, &doc.payload, doc.options.clone(), doc.embedding.clone()) {
            Ok(id) => ids.push(id),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    // Always leave batch mode, even after a failed put, so later puts are fsynced again.
    let ended = mem.end_batch();
    result?;
    ended?;
    Ok(ids)
}

/// memvid-core checks each embedding's dimension only when its put comes up, which would leave
/// the documents before a mismatch pending: check the whole batch before putting any of it.
fn check_batch_dimensions(mem: &Memvid, docs: &[BatchDoc]) -> FfiResult<()> {
    let mut expected = mem.vec_index_dimension().map(|d| d as usize);
    for (i, doc) in docs.iter().enumerate() {
        let Some(embedding) = &doc.embedding else { continue };
        match expected {
            Some(d) if d != embedding.len() => {
                return Err(MemvidError::new(
                    MemvidErrorCode::VecDimensionMismatch,
                    format!(
                        "document {i} of the batch has a {}-dimensional embedding; expected {d}",
                        embedding.len()
                    ),
                ))
            }
            Some(_) => {}
            None => expected = Some(embedding.len()),
        }
    }
    Ok(())
}

/// The text that was put: the original payload when it is UTF-8 (memvid-core's own frame text
/// has title/uri/metadata lines appended), else the text memvid-core extracted (e.g. PDF).
fn frame_text(mem: &mut Memvid, frame_id: u64) -> FfiResult<String> {
    let payload = mem.frame_canonical_payload(frame_id)?;
    match String::from_utf8(payload) {
        Ok(text) => Ok(text),
        Err(_) => Ok(mem.frame_text_by_id(frame_id)?),
    }
}

fn state(mem: &Memvid, read_only: bool) -> crate::stats::ffi::MemvidState {
    let committed = mem.frame_count() as u64;
    let next = mem.next_frame_id();
    crate::stats::ffi::MemvidState {
        committed_frames: committed,
        pending_frames: next - committed,
        next_frame_id: next,
        vec_dimension: mem.vec_index_dimension().unwrap_or(0),
        read_only,
    }
}
