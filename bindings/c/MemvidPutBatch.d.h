#ifndef MemvidPutBatch_D_H
#define MemvidPutBatch_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidPutBatch MemvidPutBatch;




#endif // MemvidPutBatch_D_H
