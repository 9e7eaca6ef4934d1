#ifndef MemvidFrameIdIter_H
#define MemvidFrameIdIter_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"


#include "MemvidFrameIdIter.d.h"






typedef struct memvid_MemvidFrameIdIter_next_result {union {uint64_t ok; }; bool is_ok;} memvid_MemvidFrameIdIter_next_result;
memvid_MemvidFrameIdIter_next_result memvid_MemvidFrameIdIter_next(MemvidFrameIdIter* self);

void memvid_MemvidFrameIdIter_destroy(MemvidFrameIdIter* self);





#endif // MemvidFrameIdIter_H
