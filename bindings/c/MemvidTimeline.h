#ifndef MemvidTimeline_H
#define MemvidTimeline_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"
#include "MemvidTimelineEntry.d.h"
#include "MemvidTimelineIter.d.h"

#include "MemvidTimeline.d.h"






size_t memvid_MemvidTimeline_len(const MemvidTimeline* self);

MemvidTimelineEntry* memvid_MemvidTimeline_get(const MemvidTimeline* self, size_t index);

MemvidTimelineIter* memvid_MemvidTimeline_iter(const MemvidTimeline* self);

typedef struct memvid_MemvidTimeline_to_json_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidTimeline_to_json_result;
memvid_MemvidTimeline_to_json_result memvid_MemvidTimeline_to_json(const MemvidTimeline* self, DiplomatWrite* write);

void memvid_MemvidTimeline_destroy(MemvidTimeline* self);





#endif // MemvidTimeline_H
