#ifndef MemvidAskOptions_D_H
#define MemvidAskOptions_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidAskOptions MemvidAskOptions;




#endif // MemvidAskOptions_D_H
