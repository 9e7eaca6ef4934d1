#ifndef MemvidMemoryCardIter_D_H
#define MemvidMemoryCardIter_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidMemoryCardIter MemvidMemoryCardIter;




#endif // MemvidMemoryCardIter_D_H
