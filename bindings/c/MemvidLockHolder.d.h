#ifndef MemvidLockHolder_D_H
#define MemvidLockHolder_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidLockHolder {
  bool held;
  uint32_t pid;
  bool this_process;
} MemvidLockHolder;

typedef struct MemvidLockHolder_option {union { MemvidLockHolder ok; }; bool is_ok; } MemvidLockHolder_option;



#endif // MemvidLockHolder_D_H
