#ifndef MemvidSession_D_H
#define MemvidSession_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidSession MemvidSession;




#endif // MemvidSession_D_H
