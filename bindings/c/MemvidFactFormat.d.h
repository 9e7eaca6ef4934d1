#ifndef MemvidFactFormat_D_H
#define MemvidFactFormat_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef enum MemvidFactFormat {
  MemvidFactFormat_Json = 0,
  MemvidFactFormat_NTriples = 1,
  MemvidFactFormat_Csv = 2,
} MemvidFactFormat;

typedef struct MemvidFactFormat_option {union { MemvidFactFormat ok; }; bool is_ok; } MemvidFactFormat_option;



#endif // MemvidFactFormat_D_H
