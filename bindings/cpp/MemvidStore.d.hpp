#ifndef MEMVID_FFI_MemvidStore_D_HPP
#define MEMVID_FFI_MemvidStore_D_HPP

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "diplomat_runtime.hpp"
namespace memvid_ffi {
namespace capi { struct MemvidAnswer; }
class MemvidAnswer;
namespace capi { struct MemvidAskOptions; }
class MemvidAskOptions;
namespace capi { struct MemvidBytes; }
class MemvidBytes;
namespace capi { struct MemvidError; }
class MemvidError;
namespace capi { struct MemvidFindOptions; }
class MemvidFindOptions;
namespace capi { struct MemvidFrame; }
class MemvidFrame;
namespace capi { struct MemvidFrameIds; }
class MemvidFrameIds;
namespace capi { struct MemvidMemoryCards; }
class MemvidMemoryCards;
namespace capi { struct MemvidPutBatch; }
class MemvidPutBatch;
namespace capi { struct MemvidPutOptions; }
class MemvidPutOptions;
namespace capi { struct MemvidSearchResults; }
class MemvidSearchResults;
namespace capi { struct MemvidSession; }
class MemvidSession;
namespace capi { struct MemvidStore; }
class MemvidStore;
namespace capi { struct MemvidStrings; }
class MemvidStrings;
namespace capi { struct MemvidTable; }
class MemvidTable;
namespace capi { struct MemvidTimeline; }
class MemvidTimeline;
namespace capi { struct MemvidTimelineQuery; }
class MemvidTimelineQuery;
struct MemvidEnrichment;
struct MemvidMemoryStats;
struct MemvidState;
struct MemvidStats;
struct MemvidTicket;
class MemvidFactFormat;
class MemvidMemoryKind;
} // namespace memvid_ffi



namespace memvid_ffi {
namespace capi {
    struct MemvidStore;
} // namespace capi
} // namespace

namespace memvid_ffi {
/**
 * An open memory file (`.mv2`).
 *
 * Writes (`put_*`, `put_many`, `delete_frame`) go to the file's write-ahead log and become
 * visible to search and frame reads at `commit`; `close` (and destroy) commit what is
 * pending. One handle may be used from several threads: calls are serialized.
 *
 * Ownership: owned by the caller; free with `memvid_MemvidStore_destroy`, which closes the
 * file first if `close` was not called.
 */
class MemvidStore {
public:

  /**
   * Creates a new memory file at `path` and opens it for writing. Fails with `MV209` if a
   * file already exists there, and `MV013` if the directory does not exist.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> create(std::string_view path);

  /**
   * Opens an existing memory file for reading and writing, taking its writer lock
   * (`MV007` if another handle or process holds it).
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> open(std::string_view path);

  /**
   * Opens an existing memory file for reading only, with a shared lock. The file's bytes
   * are never modified through this handle; writes fail with `MV204`.
   */
  inline static memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> open_read_only(std::string_view path);

  /**
   * Commits pending writes, checkpoints (so that every reader of the file, the official
   * memvid tools included, sees everything committed) and releases the file. Later calls
   * fail with `MV203`; closing again is a no-op. The handle must still be destroyed.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> close() const;

  /**
   * Whether `close` was called (or the handle was poisoned).
   */
  inline bool is_closed() const;

  /**
   * Whether the handle was opened with `open_read_only`.
   */
  inline bool is_read_only() const;

  /**
   * Whether an internal error poisoned the handle (only `close` is accepted then).
   */
  inline bool is_poisoned() const;

  /**
   * The path the handle was opened with.
   */
  inline std::string path() const;
  template<typename W>
  inline void path_write(W& writeable_output) const;

  /**
   * Puts a UTF-8 text document; returns its frame id. `options` may be null for the
   * binding defaults (see `MemvidPutOptions`).
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> put_text(std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * Puts a document of raw bytes (memvid-core extracts text where it can, e.g. PDF);
   * returns its frame id.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> put_bytes(memvid_ffi::diplomat::span<const uint8_t> bytes, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * Puts a UTF-8 text document with its embedding; returns its frame id. All
   * embeddings in one memory share one dimension (`MV014` otherwise).
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> put_text_with_embedding(std::string_view text, memvid_ffi::diplomat::span<const float> embedding, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * Puts every document of `batch` in one memvid-core batch (one WAL flush); returns
   * their frame ids in order. Like single puts, they are searchable after `commit`.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrameIds>, std::unique_ptr<memvid_ffi::MemvidError>> put_many(const memvid_ffi::MemvidPutBatch& batch) const;

  /**
   * Makes pending writes durable and searchable, at the cost of what was written, not of
   * the file: their records stay in the file's write-ahead log, where a crash replays
   * them, and their payloads are appended. A checkpoint writes the indexes and table of
   * contents anew when the commits' records fill half the log (sized to a quarter of the
   * data), and at `close`; until then the official memvid tools, which do not read the
   * log, see the memory as of the last checkpoint, while this library's readers see every
   * commit. When dead bytes (`MemvidStats::dead_bytes`) pass a quarter of the file and
   * 1 MiB, the commit also compacts the file (an atomic rewrite that keeps every frame that
   * is not deleted, superseded versions included): a file that is written to all day stays
   * proportional to its data.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> commit() const;

  /**
   * Deletes a frame (it stops appearing in search and the timeline at `commit`).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> delete_frame(uint64_t frame_id) const;

  /**
   * Searches for `query`. `options` may be null: lexical mode, k = 10. `Vec` and
   * `Hybrid` modes need `MemvidFindOptions::set_query_embedding`.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>> find(std::string_view query, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidFindOptions*> options) const;

  /**
   * Nearest neighbours of `embedding` among the stored embeddings, `k` from 1 to 10,000.
   * Exact for memories under 4,096 vectors and for k above a sixteenth of them; above,
   * after 256 searches on this handle, an in-memory index (IVF) answers instead, with
   * the probe count chosen so that the handle's recent exact answers are found at
   * 97 % or better, and data it cannot serve left exact (docs/search.md).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>> vec_search(memvid_ffi::diplomat::span<const float> embedding, uint32_t k) const;

  /**
   * Storage statistics of the committed file.
   */
  inline memvid_ffi::diplomat::result<memvid_ffi::MemvidStats, std::unique_ptr<memvid_ffi::MemvidError>> stats() const;

  /**
   * What the handle holds now, including uncommitted puts.
   */
  inline memvid_ffi::diplomat::result<memvid_ffi::MemvidState, std::unique_ptr<memvid_ffi::MemvidError>> state() const;

  /**
   * The frame with this id (committed frames only).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>> frame(uint64_t frame_id) const;

  /**
   * The live frame with this uri.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>> frame_by_uri(std::string_view uri) const;

  /**
   * The full text of the frame with this id.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> frame_text(uint64_t frame_id) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> frame_text_write(uint64_t frame_id, W& writeable_output) const;

  /**
   * The full text of the live frame with this uri.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> frame_text_by_uri(std::string_view uri) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> frame_text_by_uri_write(std::string_view uri, W& writeable_output) const;

  /**
   * Frames in time order. `query` may be null: every frame, oldest first.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimeline>, std::unique_ptr<memvid_ffi::MemvidError>> timeline(memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidTimelineQuery*> query) const;

  /**
   * JSON API: runs a memvid-core `SearchRequest` and writes its `SearchResponse`.
   * Request example: `{"query":"rust wasm","top_k":5,"snippet_chars":200,
   * "scope":"mv2://notes/","as_of_frame":null,"no_sketch":false}`
   * (`uri`, `scope`, `cursor`, `as_of_frame`, `as_of_ts`, `no_sketch`, `acl_context` and
   * `acl_enforcement_mode` may be omitted; an omitted `no_sketch` is true here, since
   * memvid-core's sketch pre-filter drops matching documents).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> search_json(std::string_view request) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> search_json_write(std::string_view request, W& writeable_output) const;

  /**
   * JSON API: runs a memvid-core `TimelineQuery`
   * (`{"limit":20,"since":null,"until":null,"reverse":true}`, plus optional `as_of_frame`
   * and `as_of_ts`) and writes the entries as a JSON array of `TimelineEntry`.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> timeline_json(std::string_view query) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> timeline_json_write(std::string_view query, W& writeable_output) const;

  /**
   * JSON API: memvid-core's complete `Stats` (tier, index sizes, compression ratios, ...).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> stats_json() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> stats_json_write(W& writeable_output) const;

  /**
   * JSON API for everything else: `op` names the call, `request` is a JSON object, and
   * the result is written as JSON. The README's feature table lists every op with its
   * request and result; e.g. `ask` takes memvid-core's `AskRequest` and writes its
   * `AskResponse`. An unknown op or field is `MV206`.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> call_json(std::string_view op, std::string_view request) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> call_json_write(std::string_view op, std::string_view request, W& writeable_output) const;

  /**
   * Replaces the text of frame `frame_id` (a committed, live frame); returns the id of
   * the new version. The old version stays in the file, superseded: search and the
   * timeline show the new one after `commit`. Fields `options` leaves unset (title, uri,
   * tags, metadata, ...) are kept from the old version; null keeps them all.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> update_text(uint64_t frame_id, std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * Puts a correction: a statement that `ask` ranks above what it corrects whenever
   * both match (memvid-core's corrections, uri `mv2://correction/...`). `boost` weighs
   * corrections against each other (memvid's default is 2). Returns its frame id.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> correct(std::string_view statement, float boost, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * Puts the file at `path` (text, PDF, DOCX, XLSX, PPTX: memvid-core extracts the
   * text); returns its frame id. Unless `options` sets them, the uri is `file://` plus
   * the absolute path and the title is the file name.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> put_file(std::string_view path, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const;

  /**
   * The stored payload of frame `frame_id`: the original bytes (committed frames).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>> frame_payload(uint64_t frame_id) const;

  /**
   * The stored payload of the live frame with this uri.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>> frame_payload_by_uri(std::string_view uri) const;

  /**
   * Starts recording a replay session (`name` may be empty) and writes its id. Puts and
   * finds are recorded until `end_session`. One session records at a time.
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> start_session(std::string_view name) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> start_session_write(std::string_view name, W& writeable_output) const;

  /**
   * Ends the recording session and returns it; it is stored in the file at the next
   * commit.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>> end_session() const;

  /**
   * Records a checkpoint (a snapshot of the committed frames) in the recording session;
   * returns its number (0, 1, ...).
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> checkpoint() const;

  /**
   * The ids of the ended sessions, oldest first.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> session_ids() const;

  /**
   * The ended session with this id (`MV202` if there is none).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>> session(std::string_view id) const;

  /**
   * Deletes the ended session with this id (from the file at the next commit).
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> delete_session(std::string_view id) const;

  /**
   * Runs memvid-core's built-in rules engine over the committed frames it has not seen:
   * sentences like "I work at Acme" become memory cards (`user` / `employer` = `Acme`).
   * No model is involved. Cards are stored at the next commit.
   */
  inline memvid_ffi::diplomat::result<memvid_ffi::MemvidEnrichment, std::unique_ptr<memvid_ffi::MemvidError>> enrich() const;

  /**
   * Memory cards about `entity` in `slot`; an empty entity or slot means all.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>> memories(std::string_view entity, std::string_view slot) const;

  /**
   * What is known about `entity` now: the current card of each of its slots (the newest,
   * with retractions applied).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>> entity_state(std::string_view entity) const;

  /**
   * Adds a memory card (`entity` / `slot` = `value`, from frame `source_frame_id`);
   * returns its id. `add_memory_cards` in `call_json` adds several with more fields.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> add_memory_card(memvid_ffi::MemvidMemoryKind kind, std::string_view entity, std::string_view slot, std::string_view value, uint64_t source_frame_id) const;

  /**
   * Counts of the memory cards.
   */
  inline memvid_ffi::diplomat::result<memvid_ffi::MemvidMemoryStats, std::unique_ptr<memvid_ffi::MemvidError>> memory_stats() const;

  /**
   * The entities memory cards are about, sorted.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> memory_entities() const;

  /**
   * Writes every memory card in `format` (JSON, N-Triples or CSV).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> export_facts(memvid_ffi::MemvidFactFormat format) const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> export_facts_write(memvid_ffi::MemvidFactFormat format, W& writeable_output) const;

  /**
   * Finds the tables in the PDF at `path` and stores each (searchable; readable with
   * `table` after commit); returns their ids, empty when none was found.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> import_tables(std::string_view path) const;

  /**
   * The ids of the stored tables (committed and live).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> table_ids() const;

  /**
   * The stored table with this id (`MV010` if there is none).
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTable>, std::unique_ptr<memvid_ffi::MemvidError>> table(std::string_view id) const;

  /**
   * Answers `question` from the memory without a language model: retrieval plus an
   * extractive answer, or with `set_context_only` just the context and its sources.
   * `options` may be null for the defaults.
   */
  inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidAnswer>, std::unique_ptr<memvid_ffi::MemvidError>> ask(std::string_view question, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidAskOptions*> options) const;

  /**
   * The memory's ticket (the free tier's unless one was applied).
   */
  inline memvid_ffi::diplomat::result<memvid_ffi::MemvidTicket, std::unique_ptr<memvid_ffi::MemvidError>> ticket() const;

  /**
   * The issuer of the memory's ticket (`free-tier` without one).
   */
  inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> ticket_issuer() const;
  template<typename W>
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> ticket_issuer_write(W& writeable_output) const;

  /**
   * The capacity in bytes: the ticket's, else the tier's (50 MiB free). A put that would
   * take the stored payload past it fails with `MV001`.
   */
  inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> capacity() const;

  /**
   * Applies an unsigned ticket: `capacity_bytes` (0 for the tier default) from `issuer`,
   * whose `seq_no` must exceed the current ticket's (`MV003` otherwise). memvid-core
   * trusts it (signed tickets: `apply_signed_ticket` in `call_json`). Pending writes are
   * committed first.
   */
  inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> apply_ticket(std::string_view issuer, int64_t seq_no, uint64_t capacity_bytes, uint64_t expires_in_secs) const;

    inline const memvid_ffi::capi::MemvidStore* AsFFI() const;
    inline memvid_ffi::capi::MemvidStore* AsFFI();
    inline static const memvid_ffi::MemvidStore* FromFFI(const memvid_ffi::capi::MemvidStore* ptr);
    inline static memvid_ffi::MemvidStore* FromFFI(memvid_ffi::capi::MemvidStore* ptr);
    inline static void operator delete(void* ptr);
private:
    MemvidStore() = delete;
    MemvidStore(const memvid_ffi::MemvidStore&) = delete;
    MemvidStore(memvid_ffi::MemvidStore&&) noexcept = delete;
    MemvidStore operator=(const memvid_ffi::MemvidStore&) = delete;
    MemvidStore operator=(memvid_ffi::MemvidStore&&) noexcept = delete;
    static void operator delete[](void*, size_t) = delete;
};

} // namespace
#endif // MEMVID_FFI_MemvidStore_D_HPP
