#ifndef MemvidFindOptions_D_H
#define MemvidFindOptions_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidFindOptions MemvidFindOptions;




#endif // MemvidFindOptions_D_H
