#ifndef MemvidError_D_H
#define MemvidError_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidError MemvidError;




#endif // MemvidError_D_H
