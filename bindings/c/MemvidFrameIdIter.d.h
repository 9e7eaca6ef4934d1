#ifndef MemvidFrameIdIter_D_H
#define MemvidFrameIdIter_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidFrameIdIter MemvidFrameIdIter;




#endif // MemvidFrameIdIter_D_H
