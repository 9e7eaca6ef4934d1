#ifndef MemvidSearchHitIter_H
#define MemvidSearchHitIter_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidSearchHit.d.h"

#include "MemvidSearchHitIter.d.h"






MemvidSearchHit* memvid_MemvidSearchHitIter_next(MemvidSearchHitIter* self);

void memvid_MemvidSearchHitIter_destroy(MemvidSearchHitIter* self);





#endif // MemvidSearchHitIter_H
