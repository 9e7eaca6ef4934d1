#ifndef MemvidAnswer_D_H
#define MemvidAnswer_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidAnswer MemvidAnswer;




#endif // MemvidAnswer_D_H
