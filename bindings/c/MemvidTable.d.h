#ifndef MemvidTable_D_H
#define MemvidTable_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidTable MemvidTable;




#endif // MemvidTable_D_H
