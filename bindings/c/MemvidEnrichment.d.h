#ifndef MemvidEnrichment_D_H
#define MemvidEnrichment_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidEnrichment {
  uint64_t frames;
  uint64_t cards;
} MemvidEnrichment;

typedef struct MemvidEnrichment_option {union { MemvidEnrichment ok; }; bool is_ok; } MemvidEnrichment_option;



#endif // MemvidEnrichment_D_H
