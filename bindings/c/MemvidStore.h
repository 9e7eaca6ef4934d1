#ifndef MemvidStore_H
#define MemvidStore_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidAnswer.d.h"
#include "MemvidAskOptions.d.h"
#include "MemvidBytes.d.h"
#include "MemvidEnrichment.d.h"
#include "MemvidError.d.h"
#include "MemvidFactFormat.d.h"
#include "MemvidFindOptions.d.h"
#include "MemvidFrame.d.h"
#include "MemvidFrameIds.d.h"
#include "MemvidMemoryCards.d.h"
#include "MemvidMemoryKind.d.h"
#include "MemvidMemoryStats.d.h"
#include "MemvidPutBatch.d.h"
#include "MemvidPutOptions.d.h"
#include "MemvidSearchResults.d.h"
#include "MemvidSession.d.h"
#include "MemvidState.d.h"
#include "MemvidStats.d.h"
#include "MemvidStrings.d.h"
#include "MemvidTable.d.h"
#include "MemvidTicket.d.h"
#include "MemvidTimeline.d.h"
#include "MemvidTimelineQuery.d.h"

#include "MemvidStore.d.h"






typedef struct memvid_MemvidStore_create_result {union {MemvidStore* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_create_result;
memvid_MemvidStore_create_result memvid_MemvidStore_create(DiplomatStringView path);

typedef struct memvid_MemvidStore_open_result {union {MemvidStore* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_open_result;
memvid_MemvidStore_open_result memvid_MemvidStore_open(DiplomatStringView path);

typedef struct memvid_MemvidStore_open_read_only_result {union {MemvidStore* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_open_read_only_result;
memvid_MemvidStore_open_read_only_result memvid_MemvidStore_open_read_only(DiplomatStringView path);

typedef struct memvid_MemvidStore_close_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_close_result;
memvid_MemvidStore_close_result memvid_MemvidStore_close(const MemvidStore* self);

bool memvid_MemvidStore_is_closed(const MemvidStore* self);

bool memvid_MemvidStore_is_read_only(const MemvidStore* self);

bool memvid_MemvidStore_is_poisoned(const MemvidStore* self);

void memvid_MemvidStore_path(const MemvidStore* self, DiplomatWrite* write);

typedef struct memvid_MemvidStore_put_text_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_text_result;
memvid_MemvidStore_put_text_result memvid_MemvidStore_put_text(const MemvidStore* self, DiplomatStringView text, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_put_bytes_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_bytes_result;
memvid_MemvidStore_put_bytes_result memvid_MemvidStore_put_bytes(const MemvidStore* self, DiplomatU8View bytes, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_put_text_with_embedding_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_text_with_embedding_result;
memvid_MemvidStore_put_text_with_embedding_result memvid_MemvidStore_put_text_with_embedding(const MemvidStore* self, DiplomatStringView text, DiplomatF32View embedding, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_put_many_result {union {MemvidFrameIds* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_many_result;
memvid_MemvidStore_put_many_result memvid_MemvidStore_put_many(const MemvidStore* self, const MemvidPutBatch* batch);

typedef struct memvid_MemvidStore_commit_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_commit_result;
memvid_MemvidStore_commit_result memvid_MemvidStore_commit(const MemvidStore* self);

typedef struct memvid_MemvidStore_delete_frame_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_delete_frame_result;
memvid_MemvidStore_delete_frame_result memvid_MemvidStore_delete_frame(const MemvidStore* self, uint64_t frame_id);

typedef struct memvid_MemvidStore_find_result {union {MemvidSearchResults* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_find_result;
memvid_MemvidStore_find_result memvid_MemvidStore_find(const MemvidStore* self, DiplomatStringView query, const MemvidFindOptions* options);

typedef struct memvid_MemvidStore_vec_search_result {union {MemvidSearchResults* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_vec_search_result;
memvid_MemvidStore_vec_search_result memvid_MemvidStore_vec_search(const MemvidStore* self, DiplomatF32View embedding, uint32_t k);

typedef struct memvid_MemvidStore_stats_result {union {MemvidStats ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_stats_result;
memvid_MemvidStore_stats_result memvid_MemvidStore_stats(const MemvidStore* self);

typedef struct memvid_MemvidStore_state_result {union {MemvidState ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_state_result;
memvid_MemvidStore_state_result memvid_MemvidStore_state(const MemvidStore* self);

typedef struct memvid_MemvidStore_frame_result {union {MemvidFrame* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_result;
memvid_MemvidStore_frame_result memvid_MemvidStore_frame(const MemvidStore* self, uint64_t frame_id);

typedef struct memvid_MemvidStore_frame_by_uri_result {union {MemvidFrame* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_by_uri_result;
memvid_MemvidStore_frame_by_uri_result memvid_MemvidStore_frame_by_uri(const MemvidStore* self, DiplomatStringView uri);

typedef struct memvid_MemvidStore_frame_text_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_text_result;
memvid_MemvidStore_frame_text_result memvid_MemvidStore_frame_text(const MemvidStore* self, uint64_t frame_id, DiplomatWrite* write);

typedef struct memvid_MemvidStore_frame_text_by_uri_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_text_by_uri_result;
memvid_MemvidStore_frame_text_by_uri_result memvid_MemvidStore_frame_text_by_uri(const MemvidStore* self, DiplomatStringView uri, DiplomatWrite* write);

typedef struct memvid_MemvidStore_timeline_result {union {MemvidTimeline* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_timeline_result;
memvid_MemvidStore_timeline_result memvid_MemvidStore_timeline(const MemvidStore* self, const MemvidTimelineQuery* query);

typedef struct memvid_MemvidStore_search_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_search_json_result;
memvid_MemvidStore_search_json_result memvid_MemvidStore_search_json(const MemvidStore* self, DiplomatStringView request, DiplomatWrite* write);

typedef struct memvid_MemvidStore_timeline_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_timeline_json_result;
memvid_MemvidStore_timeline_json_result memvid_MemvidStore_timeline_json(const MemvidStore* self, DiplomatStringView query, DiplomatWrite* write);

typedef struct memvid_MemvidStore_stats_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_stats_json_result;
memvid_MemvidStore_stats_json_result memvid_MemvidStore_stats_json(const MemvidStore* self, DiplomatWrite* write);

typedef struct memvid_MemvidStore_call_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_call_json_result;
memvid_MemvidStore_call_json_result memvid_MemvidStore_call_json(const MemvidStore* self, DiplomatStringView op, DiplomatStringView request, DiplomatWrite* write);

typedef struct memvid_MemvidStore_update_text_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_update_text_result;
memvid_MemvidStore_update_text_result memvid_MemvidStore_update_text(const MemvidStore* self, uint64_t frame_id, DiplomatStringView text, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_correct_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_correct_result;
memvid_MemvidStore_correct_result memvid_MemvidStore_correct(const MemvidStore* self, DiplomatStringView statement, float boost, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_put_file_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_put_file_result;
memvid_MemvidStore_put_file_result memvid_MemvidStore_put_file(const MemvidStore* self, DiplomatStringView path, const MemvidPutOptions* options);

typedef struct memvid_MemvidStore_frame_payload_result {union {MemvidBytes* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_payload_result;
memvid_MemvidStore_frame_payload_result memvid_MemvidStore_frame_payload(const MemvidStore* self, uint64_t frame_id);

typedef struct memvid_MemvidStore_frame_payload_by_uri_result {union {MemvidBytes* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_frame_payload_by_uri_result;
memvid_MemvidStore_frame_payload_by_uri_result memvid_MemvidStore_frame_payload_by_uri(const MemvidStore* self, DiplomatStringView uri);

typedef struct memvid_MemvidStore_start_session_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_start_session_result;
memvid_MemvidStore_start_session_result memvid_MemvidStore_start_session(const MemvidStore* self, DiplomatStringView name, DiplomatWrite* write);

typedef struct memvid_MemvidStore_end_session_result {union {MemvidSession* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_end_session_result;
memvid_MemvidStore_end_session_result memvid_MemvidStore_end_session(const MemvidStore* self);

typedef struct memvid_MemvidStore_checkpoint_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_checkpoint_result;
memvid_MemvidStore_checkpoint_result memvid_MemvidStore_checkpoint(const MemvidStore* self);

typedef struct memvid_MemvidStore_session_ids_result {union {MemvidStrings* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_session_ids_result;
memvid_MemvidStore_session_ids_result memvid_MemvidStore_session_ids(const MemvidStore* self);

typedef struct memvid_MemvidStore_session_result {union {MemvidSession* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_session_result;
memvid_MemvidStore_session_result memvid_MemvidStore_session(const MemvidStore* self, DiplomatStringView id);

typedef struct memvid_MemvidStore_delete_session_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_delete_session_result;
memvid_MemvidStore_delete_session_result memvid_MemvidStore_delete_session(const MemvidStore* self, DiplomatStringView id);

typedef struct memvid_MemvidStore_enrich_result {union {MemvidEnrichment ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_enrich_result;
memvid_MemvidStore_enrich_result memvid_MemvidStore_enrich(const MemvidStore* self);

typedef struct memvid_MemvidStore_memories_result {union {MemvidMemoryCards* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memories_result;
memvid_MemvidStore_memories_result memvid_MemvidStore_memories(const MemvidStore* self, DiplomatStringView entity, DiplomatStringView slot);

typedef struct memvid_MemvidStore_entity_state_result {union {MemvidMemoryCards* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_entity_state_result;
memvid_MemvidStore_entity_state_result memvid_MemvidStore_entity_state(const MemvidStore* self, DiplomatStringView entity);

typedef struct memvid_MemvidStore_add_memory_card_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_add_memory_card_result;
memvid_MemvidStore_add_memory_card_result memvid_MemvidStore_add_memory_card(const MemvidStore* self, MemvidMemoryKind kind, DiplomatStringView entity, DiplomatStringView slot, DiplomatStringView value, uint64_t source_frame_id);

typedef struct memvid_MemvidStore_memory_stats_result {union {MemvidMemoryStats ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memory_stats_result;
memvid_MemvidStore_memory_stats_result memvid_MemvidStore_memory_stats(const MemvidStore* self);

typedef struct memvid_MemvidStore_memory_entities_result {union {MemvidStrings* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_memory_entities_result;
memvid_MemvidStore_memory_entities_result memvid_MemvidStore_memory_entities(const MemvidStore* self);

typedef struct memvid_MemvidStore_export_facts_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_export_facts_result;
memvid_MemvidStore_export_facts_result memvid_MemvidStore_export_facts(const MemvidStore* self, MemvidFactFormat format, DiplomatWrite* write);

typedef struct memvid_MemvidStore_import_tables_result {union {MemvidStrings* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_import_tables_result;
memvid_MemvidStore_import_tables_result memvid_MemvidStore_import_tables(const MemvidStore* self, DiplomatStringView path);

typedef struct memvid_MemvidStore_table_ids_result {union {MemvidStrings* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_table_ids_result;
memvid_MemvidStore_table_ids_result memvid_MemvidStore_table_ids(const MemvidStore* self);

typedef struct memvid_MemvidStore_table_result {union {MemvidTable* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_table_result;
memvid_MemvidStore_table_result memvid_MemvidStore_table(const MemvidStore* self, DiplomatStringView id);

typedef struct memvid_MemvidStore_ask_result {union {MemvidAnswer* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ask_result;
memvid_MemvidStore_ask_result memvid_MemvidStore_ask(const MemvidStore* self, DiplomatStringView question, const MemvidAskOptions* options);

typedef struct memvid_MemvidStore_ticket_result {union {MemvidTicket ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ticket_result;
memvid_MemvidStore_ticket_result memvid_MemvidStore_ticket(const MemvidStore* self);

typedef struct memvid_MemvidStore_ticket_issuer_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_ticket_issuer_result;
memvid_MemvidStore_ticket_issuer_result memvid_MemvidStore_ticket_issuer(const MemvidStore* self, DiplomatWrite* write);

typedef struct memvid_MemvidStore_capacity_result {union {uint64_t ok; MemvidError* err;}; bool is_ok;} memvid_MemvidStore_capacity_result;
memvid_MemvidStore_capacity_result memvid_MemvidStore_capacity(const MemvidStore* self);

typedef struct memvid_MemvidStore_apply_ticket_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidStore_apply_ticket_result;
memvid_MemvidStore_apply_ticket_result memvid_MemvidStore_apply_ticket(const MemvidStore* self, DiplomatStringView issuer, int64_t seq_no, uint64_t capacity_bytes, uint64_t expires_in_secs);

void memvid_MemvidStore_destroy(MemvidStore* self);





#endif // MemvidStore_H
