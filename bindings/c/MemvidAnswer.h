#ifndef MemvidAnswer_H
#define MemvidAnswer_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidSearchResults.d.h"

#include "MemvidAnswer.d.h"






bool memvid_MemvidAnswer_has_answer(const MemvidAnswer* self);

void memvid_MemvidAnswer_answer(const MemvidAnswer* self, DiplomatWrite* write);

void memvid_MemvidAnswer_context(const MemvidAnswer* self, DiplomatWrite* write);

MemvidSearchResults* memvid_MemvidAnswer_sources(const MemvidAnswer* self);

typedef struct memvid_MemvidAnswer_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidAnswer_to_json_result;
memvid_MemvidAnswer_to_json_result memvid_MemvidAnswer_to_json(const MemvidAnswer* self, DiplomatWrite* write);

void memvid_MemvidAnswer_destroy(MemvidAnswer* self);





#endif // MemvidAnswer_H
