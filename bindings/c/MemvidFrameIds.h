#ifndef MemvidFrameIds_H
#define MemvidFrameIds_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidFrameIdIter.d.h"

#include "MemvidFrameIds.d.h"






size_t memvid_MemvidFrameIds_len(const MemvidFrameIds* self);

typedef struct memvid_MemvidFrameIds_get_result {union {uint64_t ok; }; bool is_ok;} memvid_MemvidFrameIds_get_result;
memvid_MemvidFrameIds_get_result memvid_MemvidFrameIds_get(const MemvidFrameIds* self, size_t index);

MemvidFrameIdIter* memvid_MemvidFrameIds_iter(const MemvidFrameIds* self);

void memvid_MemvidFrameIds_destroy(MemvidFrameIds* self);





#endif // MemvidFrameIds_H
