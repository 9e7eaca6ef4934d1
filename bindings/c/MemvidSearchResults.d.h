#ifndef MemvidSearchResults_D_H
#define MemvidSearchResults_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidSearchResults MemvidSearchResults;




#endif // MemvidSearchResults_D_H
