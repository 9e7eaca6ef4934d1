#ifndef MemvidStore_D_H
#define MemvidStore_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidStore MemvidStore;




#endif // MemvidStore_D_H
