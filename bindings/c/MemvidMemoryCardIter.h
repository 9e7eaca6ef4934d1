#ifndef MemvidMemoryCardIter_H
#define MemvidMemoryCardIter_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"

#include "MemvidMemoryCard.d.h"

#include "MemvidMemoryCardIter.d.h"






MemvidMemoryCard* memvid_MemvidMemoryCardIter_next(MemvidMemoryCardIter* self);

void memvid_MemvidMemoryCardIter_destroy(MemvidMemoryCardIter* self);





#endif // MemvidMemoryCardIter_H
