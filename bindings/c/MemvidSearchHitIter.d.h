#ifndef MemvidSearchHitIter_D_H
#define MemvidSearchHitIter_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidSearchHitIter MemvidSearchHitIter;




#endif // MemvidSearchHitIter_D_H
