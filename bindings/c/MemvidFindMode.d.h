#ifndef MemvidFindMode_D_H
#define MemvidFindMode_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidFindMode {
  MemvidFindMode_Lex = 0,
  MemvidFindMode_Vec = 1,
  MemvidFindMode_Hybrid = 2,
} MemvidFindMode;

typedef struct MemvidFindMode_option {union { MemvidFindMode ok; }; bool is_ok; } MemvidFindMode_option;



#endif // MemvidFindMode_D_H
