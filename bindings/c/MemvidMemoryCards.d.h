#ifndef MemvidMemoryCards_D_H
#define MemvidMemoryCards_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidMemoryCards MemvidMemoryCards;




#endif // MemvidMemoryCards_D_H
