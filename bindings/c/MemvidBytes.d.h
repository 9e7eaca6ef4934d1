#ifndef MemvidBytes_D_H
#define MemvidBytes_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidBytes MemvidBytes;




#endif // MemvidBytes_D_H
