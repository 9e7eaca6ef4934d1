#ifndef MemvidAskOptions_H
#define MemvidAskOptions_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidQuerySyntax.d.h"

#include "MemvidAskOptions.d.h"






MemvidAskOptions* memvid_MemvidAskOptions_new(void);

typedef struct memvid_MemvidAskOptions_set_k_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidAskOptions_set_k_result;
memvid_MemvidAskOptions_set_k_result memvid_MemvidAskOptions_set_k(MemvidAskOptions* self, uint32_t k);

void memvid_MemvidAskOptions_set_syntax(MemvidAskOptions* self, MemvidQuerySyntax syntax);

void memvid_MemvidAskOptions_set_snippet_chars(MemvidAskOptions* self, uint32_t chars);

void memvid_MemvidAskOptions_set_context_only(MemvidAskOptions* self, bool on);

typedef struct memvid_MemvidAskOptions_set_scope_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidAskOptions_set_scope_result;
memvid_MemvidAskOptions_set_scope_result memvid_MemvidAskOptions_set_scope(MemvidAskOptions* self, DiplomatStringView scope);

void memvid_MemvidAskOptions_set_as_of_frame(MemvidAskOptions* self, uint64_t frame_id);

void memvid_MemvidAskOptions_set_as_of_ts(MemvidAskOptions* self, int64_t ts);

void memvid_MemvidAskOptions_destroy(MemvidAskOptions* self);





#endif // MemvidAskOptions_H
