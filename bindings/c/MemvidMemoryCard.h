#ifndef MemvidMemoryCard_H
#define MemvidMemoryCard_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidMemoryKind.d.h"

#include "MemvidMemoryCard.d.h"






uint64_t memvid_MemvidMemoryCard_id(const MemvidMemoryCard* self);

MemvidMemoryKind memvid_MemvidMemoryCard_kind(const MemvidMemoryCard* self);

void memvid_MemvidMemoryCard_entity(const MemvidMemoryCard* self, DiplomatWrite* write);

void memvid_MemvidMemoryCard_slot(const MemvidMemoryCard* self, DiplomatWrite* write);

void memvid_MemvidMemoryCard_value(const MemvidMemoryCard* self, DiplomatWrite* write);

uint64_t memvid_MemvidMemoryCard_source_frame_id(const MemvidMemoryCard* self);

typedef struct memvid_MemvidMemoryCard_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidMemoryCard_to_json_result;
memvid_MemvidMemoryCard_to_json_result memvid_MemvidMemoryCard_to_json(const MemvidMemoryCard* self, DiplomatWrite* write);

void memvid_MemvidMemoryCard_destroy(MemvidMemoryCard* self);





#endif // MemvidMemoryCard_H
