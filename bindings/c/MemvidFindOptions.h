#ifndef MemvidFindOptions_H
#define MemvidFindOptions_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidFindMode.d.h"
#include "MemvidQuerySyntax.d.h"

#include "MemvidFindOptions.d.h"






MemvidFindOptions* memvid_MemvidFindOptions_new(void);

void memvid_MemvidFindOptions_set_mode(MemvidFindOptions* self, MemvidFindMode mode);

void memvid_MemvidFindOptions_set_syntax(MemvidFindOptions* self, MemvidQuerySyntax syntax);

typedef struct memvid_MemvidFindOptions_set_k_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_k_result;
memvid_MemvidFindOptions_set_k_result memvid_MemvidFindOptions_set_k(MemvidFindOptions* self, uint32_t k);

void memvid_MemvidFindOptions_set_snippet_chars(MemvidFindOptions* self, uint32_t chars);

typedef struct memvid_MemvidFindOptions_set_scope_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_scope_result;
memvid_MemvidFindOptions_set_scope_result memvid_MemvidFindOptions_set_scope(MemvidFindOptions* self, DiplomatStringView scope);

typedef struct memvid_MemvidFindOptions_set_uri_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_uri_result;
memvid_MemvidFindOptions_set_uri_result memvid_MemvidFindOptions_set_uri(MemvidFindOptions* self, DiplomatStringView uri);

typedef struct memvid_MemvidFindOptions_set_query_embedding_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidFindOptions_set_query_embedding_result;
memvid_MemvidFindOptions_set_query_embedding_result memvid_MemvidFindOptions_set_query_embedding(MemvidFindOptions* self, DiplomatF32View embedding);

void memvid_MemvidFindOptions_set_as_of_frame(MemvidFindOptions* self, uint64_t frame_id);

void memvid_MemvidFindOptions_set_as_of_ts(MemvidFindOptions* self, int64_t ts);

void memvid_MemvidFindOptions_destroy(MemvidFindOptions* self);





#endif // MemvidFindOptions_H
