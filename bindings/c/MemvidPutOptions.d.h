#ifndef MemvidPutOptions_D_H
#define MemvidPutOptions_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidPutOptions MemvidPutOptions;




#endif // MemvidPutOptions_D_H
