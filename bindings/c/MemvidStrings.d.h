#ifndef MemvidStrings_D_H
#define MemvidStrings_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidStrings MemvidStrings;




#endif // MemvidStrings_D_H
