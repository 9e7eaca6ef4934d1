#ifndef MemvidMemoryCard_D_H
#define MemvidMemoryCard_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidMemoryCard MemvidMemoryCard;




#endif // MemvidMemoryCard_D_H
