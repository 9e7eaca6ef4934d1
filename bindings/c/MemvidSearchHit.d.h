#ifndef MemvidSearchHit_D_H
#define MemvidSearchHit_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidSearchHit MemvidSearchHit;




#endif // MemvidSearchHit_D_H
