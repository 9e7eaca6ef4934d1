#ifndef MemvidFrame_D_H
#define MemvidFrame_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidFrame MemvidFrame;




#endif // MemvidFrame_D_H
