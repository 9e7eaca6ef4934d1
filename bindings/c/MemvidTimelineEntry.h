#ifndef MemvidTimelineEntry_H
#define MemvidTimelineEntry_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidTimelineEntry.d.h"






uint64_t memvid_MemvidTimelineEntry_frame_id(const MemvidTimelineEntry* self);

int64_t memvid_MemvidTimelineEntry_timestamp(const MemvidTimelineEntry* self);

void memvid_MemvidTimelineEntry_uri(const MemvidTimelineEntry* self, DiplomatWrite* write);

void memvid_MemvidTimelineEntry_preview(const MemvidTimelineEntry* self, DiplomatWrite* write);

void memvid_MemvidTimelineEntry_destroy(MemvidTimelineEntry* self);





#endif // MemvidTimelineEntry_H
