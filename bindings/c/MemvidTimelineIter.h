#ifndef MemvidTimelineIter_H
#define MemvidTimelineIter_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidTimelineEntry.d.h"

#include "MemvidTimelineIter.d.h"






MemvidTimelineEntry* memvid_MemvidTimelineIter_next(MemvidTimelineIter* self);

void memvid_MemvidTimelineIter_destroy(MemvidTimelineIter* self);





#endif // MemvidTimelineIter_H
