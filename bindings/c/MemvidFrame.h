#ifndef MemvidFrame_H
#define MemvidFrame_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidStrings.d.h"

#include "MemvidFrame.d.h"






uint64_t memvid_MemvidFrame_id(const MemvidFrame* self);

int64_t memvid_MemvidFrame_timestamp(const MemvidFrame* self);

void memvid_MemvidFrame_uri(const MemvidFrame* self, DiplomatWrite* write);

void memvid_MemvidFrame_title(const MemvidFrame* self, DiplomatWrite* write);

void memvid_MemvidFrame_kind(const MemvidFrame* self, DiplomatWrite* write);

void memvid_MemvidFrame_track(const MemvidFrame* self, DiplomatWrite* write);

bool memvid_MemvidFrame_is_active(const MemvidFrame* self);

bool memvid_MemvidFrame_has_metadata(const MemvidFrame* self, DiplomatStringView key);

void memvid_MemvidFrame_metadata(const MemvidFrame* self, DiplomatStringView key, DiplomatWrite* write);

MemvidStrings* memvid_MemvidFrame_tags(const MemvidFrame* self);

uint64_t memvid_MemvidFrame_superseded_by(const MemvidFrame* self);

typedef struct memvid_MemvidFrame_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidFrame_to_json_result;
memvid_MemvidFrame_to_json_result memvid_MemvidFrame_to_json(const MemvidFrame* self, DiplomatWrite* write);

void memvid_MemvidFrame_destroy(MemvidFrame* self);





#endif // MemvidFrame_H
