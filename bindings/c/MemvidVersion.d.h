#ifndef MemvidVersion_D_H
#define MemvidVersion_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidVersion MemvidVersion;




#endif // MemvidVersion_D_H
