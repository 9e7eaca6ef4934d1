#ifndef MemvidSearchHit_H
#define MemvidSearchHit_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidSearchHit.d.h"






uint64_t memvid_MemvidSearchHit_frame_id(const MemvidSearchHit* self);

size_t memvid_MemvidSearchHit_rank(const MemvidSearchHit* self);

float memvid_MemvidSearchHit_score(const MemvidSearchHit* self);

void memvid_MemvidSearchHit_uri(const MemvidSearchHit* self, DiplomatWrite* write);

void memvid_MemvidSearchHit_title(const MemvidSearchHit* self, DiplomatWrite* write);

void memvid_MemvidSearchHit_text(const MemvidSearchHit* self, DiplomatWrite* write);

typedef struct memvid_MemvidSearchHit_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidSearchHit_to_json_result;
memvid_MemvidSearchHit_to_json_result memvid_MemvidSearchHit_to_json(const MemvidSearchHit* self, DiplomatWrite* write);

void memvid_MemvidSearchHit_destroy(MemvidSearchHit* self);





#endif // MemvidSearchHit_H
