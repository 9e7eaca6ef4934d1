#ifndef MemvidSearchResults_H
#define MemvidSearchResults_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidSearchHit.d.h"
#include "MemvidSearchHitIter.d.h"

#include "MemvidSearchResults.d.h"






size_t memvid_MemvidSearchResults_len(const MemvidSearchResults* self);

bool memvid_MemvidSearchResults_is_empty(const MemvidSearchResults* self);

size_t memvid_MemvidSearchResults_total_hits(const MemvidSearchResults* self);

MemvidSearchHit* memvid_MemvidSearchResults_get(const MemvidSearchResults* self, size_t index);

MemvidSearchHitIter* memvid_MemvidSearchResults_iter(const MemvidSearchResults* self);

typedef struct memvid_MemvidSearchResults_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidSearchResults_to_json_result;
memvid_MemvidSearchResults_to_json_result memvid_MemvidSearchResults_to_json(const MemvidSearchResults* self, DiplomatWrite* write);

typedef struct memvid_MemvidSearchResults_hits_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidSearchResults_hits_json_result;
memvid_MemvidSearchResults_hits_json_result memvid_MemvidSearchResults_hits_json(const MemvidSearchResults* self, DiplomatWrite* write);

void memvid_MemvidSearchResults_destroy(MemvidSearchResults* self);





#endif // MemvidSearchResults_H
