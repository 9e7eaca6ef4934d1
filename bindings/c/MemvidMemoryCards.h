#ifndef MemvidMemoryCards_H
#define MemvidMemoryCards_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidMemoryCard.d.h"
#include "MemvidMemoryCardIter.d.h"

#include "MemvidMemoryCards.d.h"






size_t memvid_MemvidMemoryCards_len(const MemvidMemoryCards* self);

bool memvid_MemvidMemoryCards_is_empty(const MemvidMemoryCards* self);

MemvidMemoryCard* memvid_MemvidMemoryCards_get(const MemvidMemoryCards* self, size_t index);

MemvidMemoryCardIter* memvid_MemvidMemoryCards_iter(const MemvidMemoryCards* self);

typedef struct memvid_MemvidMemoryCards_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidMemoryCards_to_json_result;
memvid_MemvidMemoryCards_to_json_result memvid_MemvidMemoryCards_to_json(const MemvidMemoryCards* self, DiplomatWrite* write);

void memvid_MemvidMemoryCards_destroy(MemvidMemoryCards* self);





#endif // MemvidMemoryCards_H
