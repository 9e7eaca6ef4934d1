#ifndef MemvidTimelineQuery_H
#define MemvidTimelineQuery_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidError.d.h"

#include "MemvidTimelineQuery.d.h"






MemvidTimelineQuery* memvid_MemvidTimelineQuery_new(void);

typedef struct memvid_MemvidTimelineQuery_from_json_result {union {MemvidTimelineQuery* ok; MemvidError* err;}; bool is_ok;} memvid_MemvidTimelineQuery_from_json_result;
memvid_MemvidTimelineQuery_from_json_result memvid_MemvidTimelineQuery_from_json(DiplomatStringView json);

typedef struct memvid_MemvidTimelineQuery_set_limit_result {union { MemvidError* err;}; bool is_ok;} memvid_MemvidTimelineQuery_set_limit_result;
memvid_MemvidTimelineQuery_set_limit_result memvid_MemvidTimelineQuery_set_limit(MemvidTimelineQuery* self, uint64_t limit);

void memvid_MemvidTimelineQuery_set_since(MemvidTimelineQuery* self, int64_t ts);

void memvid_MemvidTimelineQuery_set_until(MemvidTimelineQuery* self, int64_t ts);

void memvid_MemvidTimelineQuery_set_reverse(MemvidTimelineQuery* self, bool reverse);

void memvid_MemvidTimelineQuery_set_as_of_frame(MemvidTimelineQuery* self, uint64_t frame_id);

void memvid_MemvidTimelineQuery_set_as_of_ts(MemvidTimelineQuery* self, int64_t ts);

void memvid_MemvidTimelineQuery_destroy(MemvidTimelineQuery* self);





#endif // MemvidTimelineQuery_H
