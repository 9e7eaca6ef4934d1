#ifndef MEMVID_FFI_MemvidStore_HPP
#define MEMVID_FFI_MemvidStore_HPP

#include "MemvidStore.d.hpp"

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <memory>
#include <functional>
#include <optional>
#include <cstdlib>
#include "MemvidAnswer.hpp"
#include "MemvidAskOptions.hpp"
#include "MemvidBytes.hpp"
#include "MemvidEnrichment.hpp"
#include "MemvidError.hpp"
#include "MemvidFactFormat.hpp"
#include "MemvidFindOptions.hpp"
#include "MemvidFrame.hpp"
#include "MemvidFrameIds.hpp"
#include "MemvidMemoryCards.hpp"
#include "MemvidMemoryKind.hpp"
#include "MemvidMemoryStats.hpp"
#include "MemvidPutBatch.hpp"
#include "MemvidPutOptions.hpp"
#include "MemvidSearchResults.hpp"
#include "MemvidSession.hpp"
#include "MemvidState.hpp"
#include "MemvidStats.hpp"
#include "MemvidStrings.hpp"
#include "MemvidTable.hpp"
#include "MemvidTicket.hpp"
#include "MemvidTimeline.hpp"
#include "MemvidTimelineQuery.hpp"
#include "diplomat_runtime.hpp"


namespace memvid_ffi {
namespace capi {
    extern "C" {

    typedef struct memvid_MemvidStore_create_result {union {memvid_ffi::capi::MemvidStore* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_create_result;
    memvid_MemvidStore_create_result memvid_MemvidStore_create(memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidStore_open_result {union {memvid_ffi::capi::MemvidStore* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_open_result;
    memvid_MemvidStore_open_result memvid_MemvidStore_open(memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidStore_open_read_only_result {union {memvid_ffi::capi::MemvidStore* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_open_read_only_result;
    memvid_MemvidStore_open_read_only_result memvid_MemvidStore_open_read_only(memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidStore_close_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_close_result;
    memvid_MemvidStore_close_result memvid_MemvidStore_close(const memvid_ffi::capi::MemvidStore* self);

    bool memvid_MemvidStore_is_closed(const memvid_ffi::capi::MemvidStore* self);

    bool memvid_MemvidStore_is_read_only(const memvid_ffi::capi::MemvidStore* self);

    bool memvid_MemvidStore_is_poisoned(const memvid_ffi::capi::MemvidStore* self);

    void memvid_MemvidStore_path(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_put_text_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_text_result;
    memvid_MemvidStore_put_text_result memvid_MemvidStore_put_text(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView text, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_put_bytes_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_bytes_result;
    memvid_MemvidStore_put_bytes_result memvid_MemvidStore_put_bytes(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatU8View bytes, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_put_text_with_embedding_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_text_with_embedding_result;
    memvid_MemvidStore_put_text_with_embedding_result memvid_MemvidStore_put_text_with_embedding(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView text, memvid_ffi::diplomat::capi::DiplomatF32View embedding, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_put_many_result {union {memvid_ffi::capi::MemvidFrameIds* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_many_result;
    memvid_MemvidStore_put_many_result memvid_MemvidStore_put_many(const memvid_ffi::capi::MemvidStore* self, const memvid_ffi::capi::MemvidPutBatch* batch);

    typedef struct memvid_MemvidStore_commit_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_commit_result;
    memvid_MemvidStore_commit_result memvid_MemvidStore_commit(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_delete_frame_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_delete_frame_result;
    memvid_MemvidStore_delete_frame_result memvid_MemvidStore_delete_frame(const memvid_ffi::capi::MemvidStore* self, uint64_t frame_id);

    typedef struct memvid_MemvidStore_find_result {union {memvid_ffi::capi::MemvidSearchResults* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_find_result;
    memvid_MemvidStore_find_result memvid_MemvidStore_find(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView query, const memvid_ffi::capi::MemvidFindOptions* options);

    typedef struct memvid_MemvidStore_vec_search_result {union {memvid_ffi::capi::MemvidSearchResults* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_vec_search_result;
    memvid_MemvidStore_vec_search_result memvid_MemvidStore_vec_search(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatF32View embedding, uint32_t k);

    typedef struct memvid_MemvidStore_stats_result {union {memvid_ffi::capi::MemvidStats ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_stats_result;
    memvid_MemvidStore_stats_result memvid_MemvidStore_stats(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_state_result {union {memvid_ffi::capi::MemvidState ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_state_result;
    memvid_MemvidStore_state_result memvid_MemvidStore_state(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_frame_result {union {memvid_ffi::capi::MemvidFrame* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_result;
    memvid_MemvidStore_frame_result memvid_MemvidStore_frame(const memvid_ffi::capi::MemvidStore* self, uint64_t frame_id);

    typedef struct memvid_MemvidStore_frame_by_uri_result {union {memvid_ffi::capi::MemvidFrame* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_by_uri_result;
    memvid_MemvidStore_frame_by_uri_result memvid_MemvidStore_frame_by_uri(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView uri);

    typedef struct memvid_MemvidStore_frame_text_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_text_result;
    memvid_MemvidStore_frame_text_result memvid_MemvidStore_frame_text(const memvid_ffi::capi::MemvidStore* self, uint64_t frame_id, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_frame_text_by_uri_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_text_by_uri_result;
    memvid_MemvidStore_frame_text_by_uri_result memvid_MemvidStore_frame_text_by_uri(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView uri, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_timeline_result {union {memvid_ffi::capi::MemvidTimeline* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_timeline_result;
    memvid_MemvidStore_timeline_result memvid_MemvidStore_timeline(const memvid_ffi::capi::MemvidStore* self, const memvid_ffi::capi::MemvidTimelineQuery* query);

    typedef struct memvid_MemvidStore_search_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_search_json_result;
    memvid_MemvidStore_search_json_result memvid_MemvidStore_search_json(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView request, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_timeline_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_timeline_json_result;
    memvid_MemvidStore_timeline_json_result memvid_MemvidStore_timeline_json(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView query, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_stats_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_stats_json_result;
    memvid_MemvidStore_stats_json_result memvid_MemvidStore_stats_json(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_call_json_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_call_json_result;
    memvid_MemvidStore_call_json_result memvid_MemvidStore_call_json(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView op, memvid_ffi::diplomat::capi::DiplomatStringView request, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_update_text_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_update_text_result;
    memvid_MemvidStore_update_text_result memvid_MemvidStore_update_text(const memvid_ffi::capi::MemvidStore* self, uint64_t frame_id, memvid_ffi::diplomat::capi::DiplomatStringView text, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_correct_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_correct_result;
    memvid_MemvidStore_correct_result memvid_MemvidStore_correct(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView statement, float boost, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_put_file_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_file_result;
    memvid_MemvidStore_put_file_result memvid_MemvidStore_put_file(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView path, const memvid_ffi::capi::MemvidPutOptions* options);

    typedef struct memvid_MemvidStore_frame_payload_result {union {memvid_ffi::capi::MemvidBytes* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_payload_result;
    memvid_MemvidStore_frame_payload_result memvid_MemvidStore_frame_payload(const memvid_ffi::capi::MemvidStore* self, uint64_t frame_id);

    typedef struct memvid_MemvidStore_frame_payload_by_uri_result {union {memvid_ffi::capi::MemvidBytes* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_payload_by_uri_result;
    memvid_MemvidStore_frame_payload_by_uri_result memvid_MemvidStore_frame_payload_by_uri(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView uri);

    typedef struct memvid_MemvidStore_start_session_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_start_session_result;
    memvid_MemvidStore_start_session_result memvid_MemvidStore_start_session(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView name, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_end_session_result {union {memvid_ffi::capi::MemvidSession* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_end_session_result;
    memvid_MemvidStore_end_session_result memvid_MemvidStore_end_session(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_checkpoint_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_checkpoint_result;
    memvid_MemvidStore_checkpoint_result memvid_MemvidStore_checkpoint(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_session_ids_result {union {memvid_ffi::capi::MemvidStrings* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_session_ids_result;
    memvid_MemvidStore_session_ids_result memvid_MemvidStore_session_ids(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_session_result {union {memvid_ffi::capi::MemvidSession* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_session_result;
    memvid_MemvidStore_session_result memvid_MemvidStore_session(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView id);

    typedef struct memvid_MemvidStore_delete_session_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_delete_session_result;
    memvid_MemvidStore_delete_session_result memvid_MemvidStore_delete_session(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView id);

    typedef struct memvid_MemvidStore_enrich_result {union {memvid_ffi::capi::MemvidEnrichment ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_enrich_result;
    memvid_MemvidStore_enrich_result memvid_MemvidStore_enrich(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_memories_result {union {memvid_ffi::capi::MemvidMemoryCards* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memories_result;
    memvid_MemvidStore_memories_result memvid_MemvidStore_memories(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView entity, memvid_ffi::diplomat::capi::DiplomatStringView slot);

    typedef struct memvid_MemvidStore_entity_state_result {union {memvid_ffi::capi::MemvidMemoryCards* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_entity_state_result;
    memvid_MemvidStore_entity_state_result memvid_MemvidStore_entity_state(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView entity);

    typedef struct memvid_MemvidStore_add_memory_card_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_add_memory_card_result;
    memvid_MemvidStore_add_memory_card_result memvid_MemvidStore_add_memory_card(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::capi::MemvidMemoryKind kind, memvid_ffi::diplomat::capi::DiplomatStringView entity, memvid_ffi::diplomat::capi::DiplomatStringView slot, memvid_ffi::diplomat::capi::DiplomatStringView value, uint64_t source_frame_id);

    typedef struct memvid_MemvidStore_memory_stats_result {union {memvid_ffi::capi::MemvidMemoryStats ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memory_stats_result;
    memvid_MemvidStore_memory_stats_result memvid_MemvidStore_memory_stats(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_memory_entities_result {union {memvid_ffi::capi::MemvidStrings* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memory_entities_result;
    memvid_MemvidStore_memory_entities_result memvid_MemvidStore_memory_entities(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_export_facts_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_export_facts_result;
    memvid_MemvidStore_export_facts_result memvid_MemvidStore_export_facts(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::capi::MemvidFactFormat format, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_import_tables_result {union {memvid_ffi::capi::MemvidStrings* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_import_tables_result;
    memvid_MemvidStore_import_tables_result memvid_MemvidStore_import_tables(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView path);

    typedef struct memvid_MemvidStore_table_ids_result {union {memvid_ffi::capi::MemvidStrings* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_table_ids_result;
    memvid_MemvidStore_table_ids_result memvid_MemvidStore_table_ids(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_table_result {union {memvid_ffi::capi::MemvidTable* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_table_result;
    memvid_MemvidStore_table_result memvid_MemvidStore_table(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView id);

    typedef struct memvid_MemvidStore_ask_result {union {memvid_ffi::capi::MemvidAnswer* ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ask_result;
    memvid_MemvidStore_ask_result memvid_MemvidStore_ask(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView question, const memvid_ffi::capi::MemvidAskOptions* options);

    typedef struct memvid_MemvidStore_ticket_result {union {memvid_ffi::capi::MemvidTicket ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ticket_result;
    memvid_MemvidStore_ticket_result memvid_MemvidStore_ticket(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_ticket_issuer_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ticket_issuer_result;
    memvid_MemvidStore_ticket_issuer_result memvid_MemvidStore_ticket_issuer(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatWrite* write);

    typedef struct memvid_MemvidStore_capacity_result {union {uint64_t ok; memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_capacity_result;
    memvid_MemvidStore_capacity_result memvid_MemvidStore_capacity(const memvid_ffi::capi::MemvidStore* self);

    typedef struct memvid_MemvidStore_apply_ticket_result {union { memvid_ffi::capi::MemvidError* err;}; bool is_ok;} memvid_MemvidStore_apply_ticket_result;
    memvid_MemvidStore_apply_ticket_result memvid_MemvidStore_apply_ticket(const memvid_ffi::capi::MemvidStore* self, memvid_ffi::diplomat::capi::DiplomatStringView issuer, int64_t seq_no, uint64_t capacity_bytes, uint64_t expires_in_secs);

    void memvid_MemvidStore_destroy(MemvidStore* self);

    } // extern "C"
} // namespace capi
} // namespace

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::create(std::string_view path) {
    auto result = memvid_ffi::capi::memvid_MemvidStore_create({path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStore>>(std::unique_ptr<memvid_ffi::MemvidStore>(memvid_ffi::MemvidStore::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::open(std::string_view path) {
    auto result = memvid_ffi::capi::memvid_MemvidStore_open({path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStore>>(std::unique_ptr<memvid_ffi::MemvidStore>(memvid_ffi::MemvidStore::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::open_read_only(std::string_view path) {
    auto result = memvid_ffi::capi::memvid_MemvidStore_open_read_only({path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStore>>(std::unique_ptr<memvid_ffi::MemvidStore>(memvid_ffi::MemvidStore::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStore>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::close() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_close(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline bool memvid_ffi::MemvidStore::is_closed() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_is_closed(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidStore::is_read_only() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_is_read_only(this->AsFFI());
    return result;
}

inline bool memvid_ffi::MemvidStore::is_poisoned() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_is_poisoned(this->AsFFI());
    return result;
}

inline std::string memvid_ffi::MemvidStore::path() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    memvid_ffi::capi::memvid_MemvidStore_path(this->AsFFI(),
        &write);
    return output;
}
template<typename W>
inline void memvid_ffi::MemvidStore::path_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    memvid_ffi::capi::memvid_MemvidStore_path(this->AsFFI(),
        &write);
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::put_text(std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_put_text(this->AsFFI(),
        {text.data(), text.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::put_bytes(memvid_ffi::diplomat::span<const uint8_t> bytes, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_put_bytes(this->AsFFI(),
        {bytes.data(), bytes.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::put_text_with_embedding(std::string_view text, memvid_ffi::diplomat::span<const float> embedding, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_put_text_with_embedding(this->AsFFI(),
        {text.data(), text.size()},
        {embedding.data(), embedding.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrameIds>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::put_many(const memvid_ffi::MemvidPutBatch& batch) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_put_many(this->AsFFI(),
        batch.AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrameIds>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidFrameIds>>(std::unique_ptr<memvid_ffi::MemvidFrameIds>(memvid_ffi::MemvidFrameIds::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrameIds>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::commit() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_commit(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::delete_frame(uint64_t frame_id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_delete_frame(this->AsFFI(),
        frame_id);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::find(std::string_view query, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidFindOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_find(this->AsFFI(),
        {query.data(), query.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidSearchResults>>(std::unique_ptr<memvid_ffi::MemvidSearchResults>(memvid_ffi::MemvidSearchResults::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::vec_search(memvid_ffi::diplomat::span<const float> embedding, uint32_t k) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_vec_search(this->AsFFI(),
        {embedding.data(), embedding.size()},
        k);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidSearchResults>>(std::unique_ptr<memvid_ffi::MemvidSearchResults>(memvid_ffi::MemvidSearchResults::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSearchResults>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidStats, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::stats() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_stats(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidStats, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidStats>(memvid_ffi::MemvidStats::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidStats, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidState, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::state() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_state(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidState, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidState>(memvid_ffi::MemvidState::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidState, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame(uint64_t frame_id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame(this->AsFFI(),
        frame_id);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidFrame>>(std::unique_ptr<memvid_ffi::MemvidFrame>(memvid_ffi::MemvidFrame::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_by_uri(std::string_view uri) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_by_uri(this->AsFFI(),
        {uri.data(), uri.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidFrame>>(std::unique_ptr<memvid_ffi::MemvidFrame>(memvid_ffi::MemvidFrame::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidFrame>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_text(uint64_t frame_id) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_text(this->AsFFI(),
        frame_id,
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_text_write(uint64_t frame_id, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_text(this->AsFFI(),
        frame_id,
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_text_by_uri(std::string_view uri) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_text_by_uri(this->AsFFI(),
        {uri.data(), uri.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_text_by_uri_write(std::string_view uri, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_text_by_uri(this->AsFFI(),
        {uri.data(), uri.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimeline>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::timeline(memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidTimelineQuery*> query) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_timeline(this->AsFFI(),
        query ? query->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimeline>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidTimeline>>(std::unique_ptr<memvid_ffi::MemvidTimeline>(memvid_ffi::MemvidTimeline::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTimeline>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::search_json(std::string_view request) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_search_json(this->AsFFI(),
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::search_json_write(std::string_view request, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_search_json(this->AsFFI(),
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::timeline_json(std::string_view query) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_timeline_json(this->AsFFI(),
        {query.data(), query.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::timeline_json_write(std::string_view query, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_timeline_json(this->AsFFI(),
        {query.data(), query.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::stats_json() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_stats_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::stats_json_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_stats_json(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::call_json(std::string_view op, std::string_view request) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_call_json(this->AsFFI(),
        {op.data(), op.size()},
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::call_json_write(std::string_view op, std::string_view request, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_call_json(this->AsFFI(),
        {op.data(), op.size()},
        {request.data(), request.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::update_text(uint64_t frame_id, std::string_view text, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_update_text(this->AsFFI(),
        frame_id,
        {text.data(), text.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::correct(std::string_view statement, float boost, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_correct(this->AsFFI(),
        {statement.data(), statement.size()},
        boost,
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::put_file(std::string_view path, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidPutOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_put_file(this->AsFFI(),
        {path.data(), path.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_payload(uint64_t frame_id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_payload(this->AsFFI(),
        frame_id);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidBytes>>(std::unique_ptr<memvid_ffi::MemvidBytes>(memvid_ffi::MemvidBytes::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::frame_payload_by_uri(std::string_view uri) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_frame_payload_by_uri(this->AsFFI(),
        {uri.data(), uri.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidBytes>>(std::unique_ptr<memvid_ffi::MemvidBytes>(memvid_ffi::MemvidBytes::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidBytes>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::start_session(std::string_view name) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_start_session(this->AsFFI(),
        {name.data(), name.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::start_session_write(std::string_view name, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_start_session(this->AsFFI(),
        {name.data(), name.size()},
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::end_session() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_end_session(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidSession>>(std::unique_ptr<memvid_ffi::MemvidSession>(memvid_ffi::MemvidSession::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::checkpoint() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_checkpoint(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::session_ids() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_session_ids(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStrings>>(std::unique_ptr<memvid_ffi::MemvidStrings>(memvid_ffi::MemvidStrings::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::session(std::string_view id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_session(this->AsFFI(),
        {id.data(), id.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidSession>>(std::unique_ptr<memvid_ffi::MemvidSession>(memvid_ffi::MemvidSession::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidSession>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::delete_session(std::string_view id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_delete_session(this->AsFFI(),
        {id.data(), id.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidEnrichment, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::enrich() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_enrich(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidEnrichment, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidEnrichment>(memvid_ffi::MemvidEnrichment::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidEnrichment, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::memories(std::string_view entity, std::string_view slot) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_memories(this->AsFFI(),
        {entity.data(), entity.size()},
        {slot.data(), slot.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidMemoryCards>>(std::unique_ptr<memvid_ffi::MemvidMemoryCards>(memvid_ffi::MemvidMemoryCards::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::entity_state(std::string_view entity) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_entity_state(this->AsFFI(),
        {entity.data(), entity.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidMemoryCards>>(std::unique_ptr<memvid_ffi::MemvidMemoryCards>(memvid_ffi::MemvidMemoryCards::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidMemoryCards>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::add_memory_card(memvid_ffi::MemvidMemoryKind kind, std::string_view entity, std::string_view slot, std::string_view value, uint64_t source_frame_id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_add_memory_card(this->AsFFI(),
        kind.AsFFI(),
        {entity.data(), entity.size()},
        {slot.data(), slot.size()},
        {value.data(), value.size()},
        source_frame_id);
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidMemoryStats, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::memory_stats() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_memory_stats(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidMemoryStats, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidMemoryStats>(memvid_ffi::MemvidMemoryStats::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidMemoryStats, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::memory_entities() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_memory_entities(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStrings>>(std::unique_ptr<memvid_ffi::MemvidStrings>(memvid_ffi::MemvidStrings::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::export_facts(memvid_ffi::MemvidFactFormat format) const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_export_facts(this->AsFFI(),
        format.AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::export_facts_write(memvid_ffi::MemvidFactFormat format, W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_export_facts(this->AsFFI(),
        format.AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::import_tables(std::string_view path) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_import_tables(this->AsFFI(),
        {path.data(), path.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStrings>>(std::unique_ptr<memvid_ffi::MemvidStrings>(memvid_ffi::MemvidStrings::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::table_ids() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_table_ids(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidStrings>>(std::unique_ptr<memvid_ffi::MemvidStrings>(memvid_ffi::MemvidStrings::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidStrings>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTable>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::table(std::string_view id) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_table(this->AsFFI(),
        {id.data(), id.size()});
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTable>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidTable>>(std::unique_ptr<memvid_ffi::MemvidTable>(memvid_ffi::MemvidTable::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidTable>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidAnswer>, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::ask(std::string_view question, memvid_ffi::diplomat::maybe_null<const memvid_ffi::MemvidAskOptions*> options) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_ask(this->AsFFI(),
        {question.data(), question.size()},
        options ? options->AsFFI() : nullptr);
    return result.is_ok ? memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidAnswer>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::unique_ptr<memvid_ffi::MemvidAnswer>>(std::unique_ptr<memvid_ffi::MemvidAnswer>(memvid_ffi::MemvidAnswer::FromFFI(result.ok)))) : memvid_ffi::diplomat::result<std::unique_ptr<memvid_ffi::MemvidAnswer>, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<memvid_ffi::MemvidTicket, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::ticket() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_ticket(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<memvid_ffi::MemvidTicket, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<memvid_ffi::MemvidTicket>(memvid_ffi::MemvidTicket::FromFFI(result.ok))) : memvid_ffi::diplomat::result<memvid_ffi::MemvidTicket, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::ticket_issuer() const {
    std::string output;
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteFromString(output);
    auto result = memvid_ffi::capi::memvid_MemvidStore_ticket_issuer(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::string>(std::move(output))) : memvid_ffi::diplomat::result<std::string, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}
template<typename W>
inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::ticket_issuer_write(W& writeable) const {
    memvid_ffi::diplomat::capi::DiplomatWrite write = memvid_ffi::diplomat::WriteTrait<W>::Construct(writeable);
    auto result = memvid_ffi::capi::memvid_MemvidStore_ticket_issuer(this->AsFFI(),
        &write);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::capacity() const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_capacity(this->AsFFI());
    return result.is_ok ? memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<uint64_t>(result.ok)) : memvid_ffi::diplomat::result<uint64_t, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>> memvid_ffi::MemvidStore::apply_ticket(std::string_view issuer, int64_t seq_no, uint64_t capacity_bytes, uint64_t expires_in_secs) const {
    auto result = memvid_ffi::capi::memvid_MemvidStore_apply_ticket(this->AsFFI(),
        {issuer.data(), issuer.size()},
        seq_no,
        capacity_bytes,
        expires_in_secs);
    return result.is_ok ? memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Ok<std::monostate>()) : memvid_ffi::diplomat::result<std::monostate, std::unique_ptr<memvid_ffi::MemvidError>>(memvid_ffi::diplomat::Err<std::unique_ptr<memvid_ffi::MemvidError>>(std::unique_ptr<memvid_ffi::MemvidError>(memvid_ffi::MemvidError::FromFFI(result.err))));
}

inline const memvid_ffi::capi::MemvidStore* memvid_ffi::MemvidStore::AsFFI() const {
    return reinterpret_cast<const memvid_ffi::capi::MemvidStore*>(this);
}

inline memvid_ffi::capi::MemvidStore* memvid_ffi::MemvidStore::AsFFI() {
    return reinterpret_cast<memvid_ffi::capi::MemvidStore*>(this);
}

inline const memvid_ffi::MemvidStore* memvid_ffi::MemvidStore::FromFFI(const memvid_ffi::capi::MemvidStore* ptr) {
    return reinterpret_cast<const memvid_ffi::MemvidStore*>(ptr);
}

inline memvid_ffi::MemvidStore* memvid_ffi::MemvidStore::FromFFI(memvid_ffi::capi::MemvidStore* ptr) {
    return reinterpret_cast<memvid_ffi::MemvidStore*>(ptr);
}

inline void memvid_ffi::MemvidStore::operator delete(void* ptr) {
    memvid_ffi::capi::memvid_MemvidStore_destroy(reinterpret_cast<memvid_ffi::capi::MemvidStore*>(ptr));
}


#endif // MEMVID_FFI_MemvidStore_HPP
