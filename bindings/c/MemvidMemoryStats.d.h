#ifndef MemvidMemoryStats_D_H
#define MemvidMemoryStats_D_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "diplomat_runtime.h"





typedef struct MemvidMemoryStats {
  uint64_t card_count;
  uint64_t entity_count;
  uint64_t slot_count;
  uint64_t enriched_frames;
} MemvidMemoryStats;

typedef struct MemvidMemoryStats_option {union { MemvidMemoryStats ok; }; bool is_ok; } MemvidMemoryStats_option;



#endif // MemvidMemoryStats_D_H
