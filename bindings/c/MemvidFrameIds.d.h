#ifndef MemvidFrameIds_D_H
#define MemvidFrameIds_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidFrameIds MemvidFrameIds;




#endif // MemvidFrameIds_D_H
