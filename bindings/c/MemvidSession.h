#ifndef MemvidSession_H
#define MemvidSession_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidSession.d.h"






void memvid_MemvidSession_id(const MemvidSession* self, DiplomatWrite* write);

void memvid_MemvidSession_name(const MemvidSession* self, DiplomatWrite* write);

int64_t memvid_MemvidSession_started_at(const MemvidSession* self);

int64_t memvid_MemvidSession_ended_at(const MemvidSession* self);

size_t memvid_MemvidSession_action_count(const MemvidSession* self);

size_t memvid_MemvidSession_checkpoint_count(const MemvidSession* self);

typedef struct memvid_MemvidSession_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidSession_to_json_result;
memvid_MemvidSession_to_json_result memvid_MemvidSession_to_json(const MemvidSession* self, DiplomatWrite* write);

void memvid_MemvidSession_destroy(MemvidSession* self);





#endif // MemvidSession_H
