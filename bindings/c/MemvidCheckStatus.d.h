#ifndef MemvidCheckStatus_D_H
#define MemvidCheckStatus_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidCheckStatus {
  MemvidCheckStatus_Passed = 0,
  MemvidCheckStatus_Failed = 1,
  MemvidCheckStatus_Skipped = 2,
} MemvidCheckStatus;

typedef struct MemvidCheckStatus_option {union { MemvidCheckStatus ok; }; bool is_ok; } MemvidCheckStatus_option;



#endif // MemvidCheckStatus_D_H
