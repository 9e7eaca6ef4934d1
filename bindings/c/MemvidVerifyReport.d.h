#ifndef MemvidVerifyReport_D_H
#define MemvidVerifyReport_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidVerifyReport MemvidVerifyReport;




#endif // MemvidVerifyReport_D_H
