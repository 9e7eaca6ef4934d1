#ifndef MemvidStore_H
#define MemvidStore_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidFindOptions.d.h"
#include "MemvidFrame.d.h"
#include "MemvidFrameIds.d.h"
#include "MemvidPutBatch.d.h"
#include "MemvidPutOptions.d.h"
#include "MemvidSearchResults.d.h"
#include "MemvidState.d.h"
#include "MemvidStats.d.h"
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

void memvid_MemvidStore_destroy(MemvidStore* self);





#endif // MemvidStore_H
